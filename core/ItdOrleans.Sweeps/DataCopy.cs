namespace ItdOrleans.Sweeps;

/// <summary>The copy of a dataset a trial trained on, as the silo that trained it loaded it.</summary>
/// <param name="Source">Where the files came from and which copy they are, such as
/// "MNIST from /data/mnist (...); training images: original, MD5 ...".</param>
/// <param name="Fingerprint">The data's fingerprint: trials with the same one trained on the same pixels.</param>
public sealed record DataCopy(string Source, string Fingerprint);
