using ItdOrleans.Core.Data;
using Xunit.Abstractions;

namespace ItdOrleans.Core.Tests.Data;

/// <summary>The real digits as loaded: MNIST's facts on MNIST, Fashion-MNIST's on Fashion-MNIST.</summary>
[Trait("Category", "Slow")]
public sealed class RealDigitsLoadTests : IClassFixture<RealDigitsFixture>
{
    private const long MaxDatasetBytes = 250L * 1024 * 1024;

    private readonly RealDigitsFixture _digits;

    public RealDigitsLoadTests(RealDigitsFixture digits, ITestOutputHelper output)
    {
        _digits = digits;
        output.WriteLine(digits.Digits.ToString());
    }

    private RealDigits Digits => _digits.Digits;

    [Fact]
    public void Splits_hold_55000_training_5000_validation_and_10000_test_images_of_784_pixels()
    {
        var splits = _digits.Splits;

        Assert.Equal(Digits.Name, splits.Name);
        Assert.Equal((55_000, 5_000, 10_000), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        Assert.All(new[] { splits.Train, splits.Validation, splits.Test }, set => Assert.Equal(784, set.Features));
        var shape = new DatasetShape(splits.Train.Count, splits.Train.Features, splits.Classes);
        Assert.Equal(DatasetCatalog.ShapeOf(Digits.Name), shape);
    }

    [Fact]
    public void Validation_is_the_last_5000_images_of_the_training_file()
    {
        var labels = IdxReader.ReadLabels(Path.Combine(Digits.Directory, "train-labels-idx1-ubyte.gz"));

        Assert.Equal(labels[..55_000], _digits.Splits.Train.Labels);
        Assert.Equal(labels[55_000..], _digits.Splits.Validation.Labels);
    }

    [Fact]
    public void Labels_are_the_published_ones_and_every_class_is_well_represented()
    {
        var splits = _digits.Splits;
        byte[] train = Digits.IsMnist ? [5, 0, 4, 1, 9] : [9, 0, 0, 3, 0];
        byte[] test = Digits.IsMnist ? [7, 2, 1, 0, 4] : [9, 2, 1, 1, 6];

        Assert.Equal(train, splits.Train.Labels[..5]);
        Assert.Equal(test, splits.Test.Labels[..5]);
        var perClass = splits.Train.Labels.CountBy(label => label).ToDictionary();
        Assert.Equal(10, perClass.Count);
        Assert.All(perClass.Values, count => Assert.InRange(count, 4_000, 7_000));
    }

    [Fact]
    public void Pixels_are_scaled_to_the_unit_interval_and_as_sparse_as_the_dataset_is()
    {
        var train = _digits.Splits.Train;

        Assert.All(train.Values, value => Assert.InRange(value, 1 / 255f, 1f));
        var nonZeroShare = train.Values.Length / (double)(train.Count * train.Features);
        // MNIST's digits cover about a fifth of the image, Fashion-MNIST's articles about half.
        var (low, high) = Digits.IsMnist ? (0.1, 0.3) : (0.4, 0.6);
        Assert.InRange(nonZeroShare, low, high);
    }

    [Fact]
    public void Source_reports_the_directory_and_which_copy_of_the_training_images_was_found()
    {
        var md5 = TestData.UncompressedMd5(Path.Combine(Digits.Directory, "train-images-idx3-ubyte.gz"));
        var copy = !Digits.IsMnist || md5 == "6bbc9ace898e44ae57da46a324031adb"
            ? "original copy"
            : "copy rebuilt from PNGs";

        Assert.Contains(Digits.Directory, _digits.Splits.Source);
        Assert.Contains("DatasetOptions.Directory", _digits.Splits.Source);
        Assert.Contains($"training images: {copy}", _digits.Splits.Source);
        Assert.Contains(md5, _digits.Splits.Source);
    }

    [Fact]
    public void Whole_dataset_takes_less_than_250_megabytes()
    {
        Assert.InRange(_digits.Splits.SizeInBytes, 1, MaxDatasetBytes);
    }
}
