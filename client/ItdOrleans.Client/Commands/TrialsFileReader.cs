using System.Text.Json;
using ItdOrleans.Client.Views;
using ItdOrleans.Core.Training;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Client.Commands;

/// <summary>
/// Reads a trials file and refuses one whose numbers could not be trusted: not a trials file, a
/// trial listed twice (it would count twice in the statistics), or a specification that cannot train.
/// </summary>
internal static class TrialsFileReader
{
    private const int ProblemsShown = 10;

    /// <exception cref="TrialsFileException">The file cannot be used; the message names every problem.</exception>
    public static SweepTrials Read(string path)
    {
        var json = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new TrialsFileException(path, "it is empty");
        }

        SweepTrials trials;
        try
        {
            trials = SweepJson.ReadTrials(json);
        }
        catch (JsonException exception)
        {
            throw new TrialsFileException(path, JsonProblem.Describe(exception), exception);
        }

        var problems = Problems(trials.Trials).ToList();
        return problems.Count switch
        {
            0 => trials,
            1 => throw new TrialsFileException(path, problems[0]),
            _ => throw new TrialsFileException(path, Listed(problems)),
        };
    }

    private static string Listed(IReadOnlyList<string> problems)
    {
        var lines = problems.Take(ProblemsShown).Select(problem => $"{Environment.NewLine}  {problem}");
        var more = problems.Count > ProblemsShown
            ? $"{Environment.NewLine}  and {problems.Count - ProblemsShown} more"
            : "";
        return $"it has {problems.Count} problems:{string.Concat(lines)}{more}";
    }

    private static IEnumerable<string> Problems(IReadOnlyList<TrialRecord> trials)
    {
        var places = trials.Select((trial, index) => (Trial: trial, Place: $"trials[{index}]")).ToList();
        foreach (var twice in places.GroupBy(entry => entry.Trial.Key).Where(group => group.Count() > 1))
        {
            var where = string.Join(", ", twice.Select(entry => entry.Place));
            yield return $"trial {TrialName.Of(twice.First().Trial)} is listed {twice.Count()} times ({where})";
        }

        foreach (var (trial, place) in places)
        {
            foreach (var problem in TrainingSpecValidation.Problems(trial.Spec))
            {
                yield return $"trial {TrialName.Of(trial)} ({place}): spec.{problem}";
            }
        }
    }
}
