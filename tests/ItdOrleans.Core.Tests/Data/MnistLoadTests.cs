using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Tests.Data;

[Trait("Category", "Slow")]
public sealed class MnistLoadTests(MnistFixture mnist) : IClassFixture<MnistFixture>
{
    private const long MaxDatasetBytes = 250L * 1024 * 1024;

    [Fact]
    public void Splits_hold_55000_training_5000_validation_and_10000_test_images_of_784_pixels()
    {
        var splits = mnist.Splits;

        Assert.Equal("mnist", splits.Name);
        Assert.Equal((55_000, 5_000, 10_000), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        Assert.All(new[] { splits.Train, splits.Validation, splits.Test }, set => Assert.Equal(784, set.Features));
    }

    [Fact]
    public void Validation_is_the_last_5000_images_of_the_training_file()
    {
        var labels = IdxReader.ReadLabels(Path.Combine(mnist.Directory, "train-labels-idx1-ubyte.gz"));

        Assert.Equal(labels[..55_000], mnist.Splits.Train.Labels);
        Assert.Equal(labels[55_000..], mnist.Splits.Validation.Labels);
    }

    [Fact]
    public void Labels_are_the_published_ones_and_every_class_is_well_represented()
    {
        var splits = mnist.Splits;

        Assert.Equal(new byte[] { 5, 0, 4, 1, 9 }, splits.Train.Labels[..5]);
        Assert.Equal(new byte[] { 7, 2, 1, 0, 4 }, splits.Test.Labels[..5]);
        var perClass = splits.Train.Labels.CountBy(label => label).ToDictionary();
        Assert.Equal(10, perClass.Count);
        Assert.All(perClass.Values, count => Assert.InRange(count, 4_000, 7_000));
    }

    [Fact]
    public void Pixels_are_scaled_to_the_unit_interval_and_mostly_background()
    {
        var train = mnist.Splits.Train;

        Assert.All(train.Values, value => Assert.InRange(value, 1 / 255f, 1f));
        var nonZeroShare = train.Values.Length / (double)(train.Count * train.Features);
        Assert.InRange(nonZeroShare, 0.1, 0.3);
    }

    [Fact]
    public void Source_reports_the_directory_and_which_copy_of_the_training_images_was_found()
    {
        var md5 = TestData.UncompressedMd5(Path.Combine(mnist.Directory, "train-images-idx3-ubyte.gz"));
        var copy = md5 == "6bbc9ace898e44ae57da46a324031adb" ? "original copy" : "copy rebuilt from PNGs";

        Assert.Contains(mnist.Directory, mnist.Splits.Source);
        Assert.Contains("DatasetOptions.Directory", mnist.Splits.Source);
        Assert.Contains($"training images: {copy}", mnist.Splits.Source);
        Assert.Contains(md5, mnist.Splits.Source);
    }

    [Fact]
    public void Whole_dataset_takes_less_than_250_megabytes()
    {
        Assert.InRange(mnist.Splits.SizeInBytes, 1, MaxDatasetBytes);
    }
}
