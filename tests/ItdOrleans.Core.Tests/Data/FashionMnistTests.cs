using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Tests.Data;

[Trait("Category", "Slow")]
public sealed class FashionMnistTests : IDisposable
{
    private readonly TempDirectory _cache = new();

    [Fact]
    public void Loads_from_the_debian_package_directory_with_verified_checksums()
    {
        Assert.True(
            File.Exists(Path.Combine(RealDigits.FashionMnistDirectory, "train-images-idx3-ubyte.gz")),
            $"Fashion-MNIST is not in {RealDigits.FashionMnistDirectory}: "
            + "run `apt-get update && apt-get install -y dataset-fashion-mnist`");
        var locator = new DatasetLocator(_ => null);

        var splits = locator.Load("fashion-mnist", new DatasetOptions { CacheDirectory = _cache.Path });

        Assert.Equal("fashion-mnist", splits.Name);
        Assert.Contains($"{RealDigits.FashionMnistDirectory} (package dataset-fashion-mnist)", splits.Source);
        Assert.Equal((55_000, 5_000, 10_000), (splits.Train.Count, splits.Validation.Count, splits.Test.Count));
        Assert.Equal(784, splits.Train.Features);
        var perClass = splits.Test.Labels.CountBy(label => label).ToDictionary();
        Assert.Equal(Enumerable.Range(0, 10).Select(label => (byte)label), perClass.Keys.Order());
        Assert.All(perClass.Values, count => Assert.Equal(1_000, count));
    }

    public void Dispose() => _cache.Dispose();
}
