using ItdOrleans.Cluster.Tests.Durability;
using ItdOrleans.ServiceDefaults;

namespace ItdOrleans.Cluster.Tests.Hosting;

/// <summary>
/// Silo processes that must not start: on a port another silo holds, with broken data, with broken
/// settings. Each says why in one line and exits with 1.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SiloStartupTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    // Clustering through a Redis named "redis", without saying where it is.
    private const string RedisClustering =
        "Orleans:Clustering:ProviderType=Redis Orleans:Clustering:ConnectionName=redis";

    private readonly List<ChildProcess> _silos = [];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("itd-startup-");

    public void Dispose()
    {
        _silos.ForEach(silo => silo.Dispose());
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task A_silo_on_a_port_a_running_silo_holds_refuses_to_start_and_the_running_one_carries_on()
    {
        var (siloPort, gatewayPort) = (FreePort.Next(), FreePort.Next());
        var running = Start("running", Settings(siloPort, gatewayPort));
        await Eventually.Until(() => FreePort.AcceptsAsync(gatewayPort), accepts => accepts, () => running.Tail());

        var onSiloPort = await RefusalAsync("on its silo port", Settings(siloPort, FreePort.Next()));
        var onGatewayPort = await RefusalAsync("on its gateway port", Settings(FreePort.Next(), gatewayPort));

        Assert.Contains($"Port {siloPort} on 127.0.0.1", onSiloPort);
        Assert.Contains(ConfigurationKeys.SiloPort, onSiloPort);
        Assert.Contains("held by another process", onSiloPort);
        Assert.Contains($"Port {gatewayPort} on 127.0.0.1", onGatewayPort);
        Assert.Contains(ConfigurationKeys.GatewayPort, onGatewayPort);
        Assert.False(running.HasExited, running.Tail());
    }

    [Fact]
    public async Task A_silo_whose_named_data_is_broken_refuses_to_start_naming_the_dataset_folder_and_file()
    {
        var broken = Directory.CreateDirectory(Path.Combine(_folder.FullName, "broken"));
        foreach (var file in Directory.GetFiles(RealDigits.Current.Directory))
        {
            File.Copy(file, Path.Combine(broken.FullName, Path.GetFileName(file)));
        }

        var images = Directory.GetFiles(broken.FullName, "train-images*").Single();
        File.SetAttributes(images, FileAttributes.Normal);
        await using (var stream = new FileStream(images, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        var settings = Settings(FreePort.Next(), FreePort.Next());
        settings[RealDigitsSetting.Key] = broken.FullName;
        var refusal = await RefusalAsync("with broken data", settings);

        Assert.Contains($"dataset '{RealDigits.Current.Name}' in {broken.FullName}", refusal);
        Assert.Contains(RealDigitsSetting.Key, refusal);
        Assert.Contains(Path.GetFileName(images), refusal);
    }

    [Theory]
    [InlineData("Could not find Clustering provider named 'Nope'", "Orleans:Clustering:ProviderType=Nope")]
    [InlineData(
        "Orleans:Clustering:ConnectionName is 'redis', but ConnectionStrings:redis is not set",
        RedisClustering)]
    [InlineData("Redis at 127.0.0.1:1 (set by ConnectionStrings:redis) cannot be reached",
        RedisClustering, "ConnectionStrings:redis=127.0.0.1:1")]
    [InlineData("The silo port is 99999 (set by Orleans:Endpoints:SiloPort)", "Orleans:Endpoints:SiloPort=99999")]
    [InlineData("Itd:Web:Urls holds 'garbage', which is no URL", "Itd:Web:Urls=garbage")]
    [InlineData("'abc' at 'Itd:MaxTrials'", "Itd:MaxTrials=abc")]
    [InlineData("Itd:TrainingSlots must be at least 0, got -1", "Itd:TrainingSlots=-1")]
    [InlineData(
        "Itd:CheckpointInterval must be at least 1, got 0; Itd:SweepRecoveryInterval must be longer than zero, "
        + "got -00:00:01",
        "Itd:CheckpointInterval=0", "Itd:SweepRecoveryInterval=-00:00:01")]
    public async Task A_silo_with_a_broken_setting_says_which_in_one_line(string expected, params string[] broken)
    {
        var settings = Settings(FreePort.Next(), FreePort.Next());
        foreach (var (key, value) in broken.SelectMany(pairs => pairs.Split(' ')).Select(KeyAndValue))
        {
            settings[key] = value;
        }

        var refusal = await RefusalAsync(string.Join(' ', broken), settings);

        Assert.Contains(expected, refusal);
    }

    private static Dictionary<string, string> Settings(int siloPort, int gatewayPort) =>
        DurableSettings.Merge(
            DurableSettings.Silo(siloPort, gatewayPort),
            new Dictionary<string, string> { [ConfigurationKeys.ClusterId] = $"startup-{Guid.NewGuid():N}" });

    private static (string Key, string Value) KeyAndValue(string setting) =>
        (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);

    private ChildProcess Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        var silo = SiloProcess.Start(name, settings);
        _silos.Add(silo);
        return silo;
    }

    // The one line a silo that must not start writes, once it has exited with 1.
    private async Task<string> RefusalAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var silo = Start(name, settings);
        var exitCode = await silo.ExitCodeAsync(Patience);

        Assert.True(exitCode == 1, $"exited with {exitCode}\n{silo.Tail()}");
        var line = Assert.Single(silo.Lines);
        Assert.StartsWith("itd-silo: ", line);
        return line;
    }
}
