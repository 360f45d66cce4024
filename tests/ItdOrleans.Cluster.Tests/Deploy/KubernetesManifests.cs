namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>The objects of deploy/kubernetes, from the files its kustomization lists.</summary>
internal static class KubernetesManifests
{
    public static IReadOnlyList<string> Resources() =>
        DeployFiles.Yaml("kubernetes/kustomization.yaml").List("resources").Texts().ToList();

    public static IReadOnlyList<Dictionary<object, object>> Objects() =>
        Resources().SelectMany(file => DeployFiles.YamlDocuments("kubernetes/" + file)).ToList();

    public static Dictionary<object, object> Find(string kind, string name) =>
        Objects().Single(o => o.Text("kind") == kind && o.Map("metadata").Text("name") == name);

    public static Dictionary<object, object> SiloPodSpec() =>
        Find("Deployment", "itd-silo").Map("spec").Map("template");

    public static Dictionary<object, object> SiloContainer() =>
        SiloPodSpec().Map("spec").List("containers").Maps().Single();

    /// <summary>The container's variables: literal values, or the field path they come from.</summary>
    public static IReadOnlyDictionary<string, string> SiloEnvironment() =>
        SiloContainer().List("env").Maps().ToDictionary(
            variable => variable.Text("name"),
            variable => variable.TryGetValue("value", out var value)
                ? (string)value
                : variable.Map("valueFrom").Map("fieldRef").Text("fieldPath"));
}
