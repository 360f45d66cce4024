namespace ItdOrleans.Core.Data;

/// <summary>What the loader knows of a dataset: its files, checksums, mirrors and where it may be installed.</summary>
internal sealed record DatasetDefinition(
    string Name,
    string DirectoryVariable,
    string MirrorsVariable,
    IReadOnlyList<string> Mirrors,
    string? SystemDirectory,
    string? SystemPackage,
    DatasetFile TrainImages,
    DatasetFile TrainLabels,
    DatasetFile TestImages,
    DatasetFile TestLabels)
{
    public static readonly DatasetDefinition Mnist = new(
        "mnist",
        "ITD_MNIST_DIR",
        "ITD_MNIST_MIRRORS",
        [
            "https://ossci-datasets.s3.amazonaws.com/mnist/",
            "https://storage.googleapis.com/cvdf-datasets/mnist/",
            "http://yann.lecun.com/exdb/mnist/",
        ],
        SystemDirectory: null,
        SystemPackage: null,
        new DatasetFile(
            "train-images-idx3-ubyte",
            new Dictionary<string, string>
            {
                ["6bbc9ace898e44ae57da46a324031adb"] = "original copy",
                ["ff31079e9f752de13a2ec1d4a52d8877"] = "copy rebuilt from PNGs (2.8% of pixels off by 1/255)",
            }),
        DatasetFile.Original("train-labels-idx1-ubyte", "a25bea736e30d166cdddb491f175f624"),
        DatasetFile.Original("t10k-images-idx3-ubyte", "2646ac647ad5339dbf082846283269ea"),
        DatasetFile.Original("t10k-labels-idx1-ubyte", "27ae3e4e09519cfbb04c329615203637"));

    public static readonly DatasetDefinition FashionMnist = new(
        "fashion-mnist",
        "ITD_FASHION_MNIST_DIR",
        "ITD_FASHION_MNIST_MIRRORS",
        [
            "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
            "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/",
        ],
        SystemDirectory: "/usr/share/datasets/fashion-mnist",
        SystemPackage: "dataset-fashion-mnist",
        DatasetFile.Original("train-images-idx3-ubyte", "f4a8712d7a061bf5bd6d2ca38dc4d50a"),
        DatasetFile.Original("train-labels-idx1-ubyte", "9018921c3c673c538a1fc5bad174d6f9"),
        DatasetFile.Original("t10k-images-idx3-ubyte", "8181f5470baa50b63fa0f6fddb340f0a"),
        DatasetFile.Original("t10k-labels-idx1-ubyte", "15d484375f8d13e6eb1aabb0c3f46965"));

    public static IReadOnlyList<DatasetDefinition> All { get; } = [Mnist, FashionMnist];

    /// <summary>Both datasets: 60,000 training images of 28 x 28 pixels, less validation, in 10 classes.</summary>
    public DatasetShape Shape { get; init; } = new(60_000 - DatasetSplits.DefaultValidationCount, 28 * 28, 10);

    public IReadOnlyList<DatasetFile> Files => [TrainImages, TrainLabels, TestImages, TestLabels];

    /// <summary>The definition of a dataset by name, ignoring case.</summary>
    public static DatasetDefinition Named(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"unknown dataset '{name}'; known datasets: {string.Join(", ", All.Select(d => d.Name))}",
            nameof(name));

    /// <summary>The files missing from a directory.</summary>
    public IReadOnlyList<DatasetFile> MissingFrom(string directory) =>
        Files.Where(file => file.FindIn(directory) is null).ToList();
}
