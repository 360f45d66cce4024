using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Tests.Data;

/// <summary>The real MNIST, loaded once for the tests that only read it.</summary>
public sealed class MnistFixture
{
    public MnistFixture()
    {
        Directory = TestData.MnistDirectory;
        Splits = DatasetCatalog.Load("mnist", new DatasetOptions { Directory = Directory });
    }

    public string Directory { get; }

    public DatasetSplits Splits { get; }
}
