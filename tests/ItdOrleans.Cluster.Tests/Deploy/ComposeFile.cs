using System.Text.RegularExpressions;

namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>The services of deploy/compose.yaml.</summary>
internal static class ComposeFile
{
    public static Dictionary<object, object> Services() => DeployFiles.Yaml("compose.yaml").Map("services");

    public static Dictionary<object, object> Service(string name) => Services().Map(name);

    /// <summary>The services built from the silo image.</summary>
    public static IReadOnlyDictionary<string, Dictionary<object, object>> Silos() =>
        Services()
            .Where(service => service.Value is Dictionary<object, object> body
                && body.TryGetValue("image", out var image) && (string)image == "itd-orleans-silo")
            .ToDictionary(service => (string)service.Key, service => (Dictionary<object, object>)service.Value);

    public static IReadOnlyDictionary<string, string> Environment(Dictionary<object, object> service) =>
        service.Map("environment").ToDictionary(pair => (string)pair.Key, pair => pair.Value?.ToString() ?? "");

    /// <summary>
    /// A value as Compose reads it when the host sets no variable: <c>${NAME:-default}</c> is the default.
    /// </summary>
    public static string DefaultOf(string value) =>
        Regex.Match(value, @"^\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}$") is { Success: true } match
            ? match.Groups[1].Value
            : value;
}
