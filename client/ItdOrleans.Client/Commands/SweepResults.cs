using ItdOrleans.Client.Hosting;
using ItdOrleans.Client.Settings;
using ItdOrleans.Contracts;
using ItdOrleans.Reports;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Client.Commands;

/// <summary>The trials of one sweep, learning curves included, from the cluster or from a trials file.</summary>
/// <param name="Name">
/// The sweep id; for a trials file, the sweep's name, or the file's name without its extension when
/// the file does not hold the sweep.
/// </param>
/// <param name="Spec">The sweep's specification; null when a trials file does not hold it.</param>
internal sealed record SweepResults(string Name, SweepSpec? Spec, IReadOnlyList<TrialRecord> Trials)
{
    /// <summary>Reads the trials file the settings name, or asks the cluster for the sweep.</summary>
    /// <exception cref="TrialsFileException">The trials file cannot be read.</exception>
    /// <exception cref="SweepNotFoundException">The cluster knows no sweep under the id.</exception>
    public static async Task<SweepResults> LoadAsync(SweepResultsSettings settings, CancellationToken cancellation)
    {
        if (settings.TrialsPath is { } path)
        {
            return Read(path);
        }

        await using var client = await ClusterClient.ConnectAsync(settings, cancellation);
        var status = await client.Grains.GetSweep(settings.SweepId!).GetStatus(includeCurves: true);
        if (status.State == SweepState.NotStarted)
        {
            throw new SweepNotFoundException(status.SweepId);
        }

        return new SweepResults(status.SweepId, status.Spec, status.Trials);
    }

    /// <summary>The name as a folder's name, beside which output goes unless a folder is given.</summary>
    public string FolderName =>
        string.Concat(Name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '-' : c));

    /// <summary>True when no trial will change any more: the sweep has ended, or the file holds it ended.</summary>
    public bool HasEnded => Trials.All(trial => trial.HasEnded);

    /// <summary>The dataset the trials trained on, named as the trials' specifications name it.</summary>
    /// <param name="source">Where its files came from, when known.</param>
    public DatasetDescription Dataset(string? source = null) =>
        DatasetDescription.Of(Trials.FirstOrDefault()?.Spec.Dataset ?? Spec?.Dataset ?? "unknown", source);

    private static SweepResults Read(string path)
    {
        var trials = TrialsFileReader.Read(path);
        var name = trials.Sweep?.Name is { Length: > 0 } sweep ? sweep : Path.GetFileNameWithoutExtension(path);
        return new SweepResults(name, trials.Sweep, trials.Trials);
    }
}
