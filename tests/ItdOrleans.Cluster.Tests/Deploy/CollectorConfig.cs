namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>The parts of deploy/otel-collector.yaml the other files depend on.</summary>
internal static class CollectorConfig
{
    public static Dictionary<object, object> Root() => DeployFiles.Yaml("otel-collector.yaml");

    public static Dictionary<object, object> Exporters() => Root().Map("exporters");

    public static string OtlpGrpcEndpoint() =>
        Root().Map("receivers").Map("otlp").Map("protocols").Map("grpc").Text("endpoint");
}
