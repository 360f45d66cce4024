using ItdOrleans.Contracts;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Client.Commands;

/// <summary>Writes every trial of a sweep, learning curves included, as a trials file.</summary>
internal static class TrialsFile
{
    /// <summary>The trials JSON of a status fetched with its learning curves.</summary>
    public static string Json(SweepStatus status) =>
        SweepJson.WriteTrials(new SweepTrials { Sweep = status.Spec, Trials = status.Trials });

    public static void Write(string path, SweepStatus status) => OutputFile.Write(path, Json(status));
}
