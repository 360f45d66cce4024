using ItdOrleans.Sweeps;
using ScottPlot;

namespace ItdOrleans.Reports.Figures;

/// <summary>One fixed colour per learning rule, so that a rule looks the same in every figure.</summary>
public static class RuleColours
{
    private static readonly ScottPlot.Palettes.Category10 Palette = new();

    /// <summary>The colour of a learning rule; unknown rules take the palette's later colours.</summary>
    public static Color Of(string rule)
    {
        var known = SweepVocabulary.Rules;
        var index = known.ToList().IndexOf(rule);
        if (index < 0)
        {
            index = known.Count + (int)((uint)StableHash(rule) % 5);
        }

        return Palette.GetColor(index);
    }

    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));
}
