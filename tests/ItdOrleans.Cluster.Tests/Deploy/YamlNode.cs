namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>Walks the untyped trees the YAML deserializer returns, failing with the path that is missing.</summary>
internal static class YamlNode
{
    public static Dictionary<object, object> Map(this Dictionary<object, object> node, string key) =>
        node.Get(key) as Dictionary<object, object>
            ?? throw new InvalidOperationException($"'{key}' is not a mapping.");

    public static List<object> List(this Dictionary<object, object> node, string key) =>
        node.Get(key) as List<object> ?? throw new InvalidOperationException($"'{key}' is not a sequence.");

    public static string Text(this Dictionary<object, object> node, string key) =>
        node.Get(key) as string ?? throw new InvalidOperationException($"'{key}' is not a scalar.");

    public static object Get(this Dictionary<object, object> node, string key) =>
        node.TryGetValue(key, out var value) && value is not null
            ? value
            : throw new KeyNotFoundException($"No '{key}' among: {string.Join(", ", node.Keys)}.");

    public static IEnumerable<Dictionary<object, object>> Maps(this List<object> list) =>
        list.Cast<Dictionary<object, object>>();

    public static IEnumerable<string> Texts(this List<object> list) => list.Select(item => (string)item);
}
