using System.Security.Cryptography;

namespace ItdOrleans.Core.Data;

/// <summary>
/// A dataset split as the paper used it: training, validation (the last images of the
/// training file) and test. Held once per process and shared read-only by every run.
/// </summary>
public sealed class DatasetSplits
{
    /// <summary>Images taken from the end of the training file for validation.</summary>
    public const int DefaultValidationCount = 5_000;

    private DatasetSplits(string name, string source, ImageSet train, ImageSet validation, ImageSet test)
    {
        Name = name;
        Source = source;
        Train = train;
        Validation = validation;
        Test = test;
        TrainMean = train.Mean();
        ValidationMean = validation.Mean();
        TestMean = test.Mean();
        Fingerprint = FingerprintOf(train, validation, test);
    }

    /// <summary>The dataset's name as specifications use it: "mnist" or "fashion-mnist".</summary>
    public string Name { get; }

    /// <summary>Where the files came from and which copy they are, for reports.</summary>
    public string Source { get; }

    /// <summary>
    /// The first 16 hex digits of a SHA-256 over every pixel and label: two processes that hold
    /// the same data have the same fingerprint, and train the same curve from the same seed.
    /// </summary>
    public string Fingerprint { get; }

    public ImageSet Train { get; }

    public ImageSet Validation { get; }

    public ImageSet Test { get; }

    internal float[] TrainMean { get; }

    internal float[] ValidationMean { get; }

    internal float[] TestMean { get; }

    /// <summary>Number of classes (10 for both MNIST datasets).</summary>
    public int Classes => 10;

    /// <summary>Splits a training file and a test file, validation from the end of training.</summary>
    public static DatasetSplits Create(
        string name, string source, ImageSet trainingFile, ImageSet test,
        int validationCount = DefaultValidationCount)
    {
        if (validationCount <= 0 || validationCount >= trainingFile.Count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(validationCount), validationCount,
                $"validation must leave training images out of {trainingFile.Count}");
        }

        if (trainingFile.Features != test.Features)
        {
            throw new ArgumentException(
                $"training images have {trainingFile.Features} pixels but test images {test.Features}", nameof(test));
        }

        var trainCount = trainingFile.Count - validationCount;
        return new DatasetSplits(
            name,
            source,
            trainingFile.Slice(0, trainCount),
            trainingFile.Slice(trainCount, validationCount),
            test);
    }

    /// <summary>The mean image subtracted from the inputs of a split under a centring choice.</summary>
    internal float[] CentreOf(ImageSet split, Centring centring) =>
        centring == Centring.TrainingMean || ReferenceEquals(split, Train) ? TrainMean
        : ReferenceEquals(split, Validation) ? ValidationMean
        : ReferenceEquals(split, Test) ? TestMean
        : throw new ArgumentException("not a split of this dataset", nameof(split));

    private static string FingerprintOf(params ImageSet[] splits)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var split in splits)
        {
            split.AppendTo(hash);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>Bytes held by the three splits.</summary>
    public long SizeInBytes => Train.SizeInBytes + Validation.SizeInBytes + Test.SizeInBytes;
}
