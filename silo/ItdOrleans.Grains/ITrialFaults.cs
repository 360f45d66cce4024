namespace ItdOrleans.Grains;

/// <summary>
/// A hook called after every slice of training that may throw to make the trial fail there, so
/// that tests can check retries and failure handling; silos register none.
/// </summary>
public interface ITrialFaults
{
    /// <summary>Throws to fail the current attempt after the slice ending at <paramref name="iteration"/>.</summary>
    void AfterSlice(string trialKey, int iteration, int attempt);
}
