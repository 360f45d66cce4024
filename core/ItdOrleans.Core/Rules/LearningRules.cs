namespace ItdOrleans.Core.Rules;

/// <summary>The learning rules by the names specifications use.</summary>
public static class LearningRules
{
    private static readonly Dictionary<string, Func<int[], int, ILearningRule>> Registry =
        new(StringComparer.Ordinal)
        {
            ["vbp"] = (_, _) => new VanillaBackprop(),
            ["fba"] = (_, _) => new FeedbackAlignment(),
            ["itd"] = (sizes, rows) => new IterativeTemporalDifferencing(sizes, rows),
            ["itd-mul"] = (sizes, rows) => new MultiplicativeTemporalDifferencing(sizes, rows),
            ["dfa"] = (_, _) => new DirectFeedbackAlignment(),
        };

    /// <summary>Every registered learning rule name.</summary>
    public static IReadOnlyCollection<string> Names => Registry.Keys;

    /// <summary>The rule called <paramref name="name"/> for a network shape and minibatch size.</summary>
    internal static ILearningRule Create(string name, int[] sizes, int minibatchSize) =>
        Registry.TryGetValue(name, out var create)
            ? create(sizes, minibatchSize)
            : throw new ArgumentException(
                $"unknown learning rule '{name}'; expected one of {string.Join(", ", Registry.Keys)}", nameof(name));
}
