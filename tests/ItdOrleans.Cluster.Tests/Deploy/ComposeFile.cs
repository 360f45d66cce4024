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
}
