namespace ItdOrleans.Cluster.Tests.Deploy;

public sealed class CollectorTests
{
    [Theory]
    [InlineData("traces")]
    [InlineData("metrics")]
    [InlineData("logs")]
    public void Each_signal_has_a_pipeline_of_declared_components(string signal)
    {
        var root = CollectorConfig.Root();

        var pipeline = root.Map("service").Map("pipelines").Map(signal);

        Assert.All(pipeline.List("receivers").Texts(), name => Assert.True(root.Map("receivers").ContainsKey(name)));
        Assert.All(pipeline.List("processors").Texts(), name => Assert.True(root.Map("processors").ContainsKey(name)));
        Assert.All(pipeline.List("exporters").Texts(), name => Assert.True(root.Map("exporters").ContainsKey(name)));
    }

    [Fact]
    public void Traces_go_to_a_compose_service()
    {
        var endpoint = CollectorConfig.Exporters().Map("otlp/jaeger").Text("endpoint");

        Assert.True(ComposeFile.Services().ContainsKey(endpoint.Split(':')[0]));
    }
}
