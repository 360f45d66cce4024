namespace ItdOrleans.Core.Network;

/// <summary>The hidden activations by the names specifications use.</summary>
public static class Activations
{
    private static readonly Dictionary<string, Func<IActivation>> Registry = new(StringComparer.Ordinal)
    {
        ["tanh"] = () => new TanhActivation(),
        ["sigmoid"] = () => new SigmoidActivation(),
        ["relu"] = () => new ReluActivation(),
    };

    /// <summary>Every registered name.</summary>
    public static IReadOnlyCollection<string> Names => Registry.Keys;

    /// <summary>The activation called <paramref name="name"/>.</summary>
    internal static IActivation Create(string name) =>
        Registry.TryGetValue(name, out var create)
            ? create()
            : throw new ArgumentException(
                $"unknown activation '{name}'; expected one of {string.Join(", ", Registry.Keys)}", nameof(name));
}
