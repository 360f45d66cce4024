using ItdOrleans.Core.Data;
using ItdOrleans.Core.Training;

namespace ItdOrleans.Core.Tests.Data;

public sealed class DatasetShapeTests
{
    private static readonly DatasetShape Digits = DatasetCatalog.ShapeOf("mnist");

    [Theory]
    [InlineData(32, 3)]
    [InlineData(16, 1)]
    [InlineData(7, 0)]
    [InlineData(100, 5)]
    public void Parameter_count_is_what_the_trainer_allocates(int width, int layers)
    {
        int[] sizes = [Digits.Pixels, .. Enumerable.Repeat(width, layers), Digits.Classes];

        Assert.Equal(TrainingStep.SlotSizes(sizes).Sum(size => (long)size), Digits.ParameterCount(width, layers));
    }

    [Fact]
    public void Parameter_count_of_an_absurd_network_saturates()
    {
        Assert.Equal(long.MaxValue, Digits.ParameterCount(int.MaxValue, int.MaxValue));
    }

    [Fact]
    public void Both_datasets_have_55000_training_images_of_784_pixels_in_10_classes()
    {
        var expected = new DatasetShape(55_000, 784, 10);

        Assert.All(DatasetCatalog.Names, name => Assert.Equal(expected, DatasetCatalog.ShapeOf(name)));
    }
}
