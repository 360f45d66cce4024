using ItdOrleans.Core.Training;

namespace ItdOrleans.Core.Network;

/// <summary>
/// Uniform initialisations of weight and feedback matrices, by the names specifications use:
/// paper U(-1, 1) / sqrt(fan_in / 2), xavier (Glorot uniform) and he (He uniform).
/// </summary>
public static class WeightInitialisation
{
    private static readonly Dictionary<string, Func<int, int, double>> Limits = new(StringComparer.Ordinal)
    {
        ["paper"] = (fanIn, _) => 1.0 / Math.Sqrt(fanIn / 2.0),
        ["xavier"] = (fanIn, fanOut) => Math.Sqrt(6.0 / (fanIn + fanOut)),
        ["he"] = (fanIn, _) => Math.Sqrt(6.0 / fanIn),
    };

    /// <summary>Every registered name.</summary>
    public static IReadOnlyCollection<string> Names => Limits.Keys;

    /// <summary>Throws unless <paramref name="name"/> is registered.</summary>
    internal static void Validate(string name)
    {
        if (!Limits.ContainsKey(name))
        {
            throw new ArgumentException(
                $"unknown initialisation '{name}'; expected one of {string.Join(", ", Limits.Keys)}", nameof(name));
        }
    }

    /// <summary>A fan_in x fan_out matrix, row-major, drawn uniformly from the named range.</summary>
    internal static float[] Draw(string name, int fanIn, int fanOut, RandomStream random)
    {
        Validate(name);
        var limit = Limits[name](fanIn, fanOut);
        var matrix = new float[fanIn * fanOut];
        for (var i = 0; i < matrix.Length; i++)
        {
            matrix[i] = (float)((2.0 * random.NextDouble() - 1.0) * limit);
        }

        return matrix;
    }
}
