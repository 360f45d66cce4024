using System.Collections.Concurrent;
using ItdOrleans.Grains;

namespace ItdOrleans.Cluster.Tests.Durability;

/// <summary>Makes chosen trials throw once they reach an iteration, on chosen attempts.</summary>
internal sealed class InjectedFaults : ITrialFaults
{
    private readonly ConcurrentDictionary<string, (int Iteration, Func<int, bool> FailsOnAttempt)> _faults = [];
    private readonly ConcurrentQueue<string> _slices = new();

    /// <summary>The message of every injected exception.</summary>
    public const string Message = "injected fault";

    /// <summary>The trial key of every slice trained so far, in the order the slices ended.</summary>
    public IReadOnlyCollection<string> Slices => _slices;

    /// <summary>
    /// Trial <paramref name="trialKey"/> throws at <paramref name="iteration"/> on attempts up to
    /// <paramref name="failingAttempts"/>.
    /// </summary>
    public InjectedFaults Add(string trialKey, int iteration, int failingAttempts) =>
        Add(trialKey, iteration, attempt => attempt <= failingAttempts);

    /// <summary>Trial <paramref name="trialKey"/> throws at <paramref name="iteration"/> on attempts chosen.</summary>
    public InjectedFaults Add(string trialKey, int iteration, Func<int, bool> failsOnAttempt)
    {
        _faults[trialKey] = (iteration, failsOnAttempt);
        return this;
    }

    /// <summary>Trial <paramref name="trialKey"/> throws no more, as when its cause has been fixed.</summary>
    public void Repair(string trialKey) => _faults.TryRemove(trialKey, out _);

    public void AfterSlice(string trialKey, int iteration, int attempt)
    {
        _slices.Enqueue(trialKey);
        if (_faults.TryGetValue(trialKey, out var fault)
            && iteration >= fault.Iteration
            && fault.FailsOnAttempt(attempt))
        {
            throw new InvalidOperationException($"{Message} at iteration {iteration}");
        }
    }
}
