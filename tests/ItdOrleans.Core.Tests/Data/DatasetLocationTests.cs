using System.Runtime.Versioning;
using System.Security.Cryptography;
using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Tests.Data;

[Trait("Category", "Slow")]
public sealed class DatasetLocationTests : IDisposable
{
    private static readonly string[] FileNames =
        ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"];

    private readonly TempDirectory _directory = new();

    private readonly DatasetLocator _noEnvironment = new(_ => null, searchSystemDirectories: false);

    private static string Digits => RealDigits.Current.Name;

    private string CacheRoot => Path.Combine(_directory.Path, "cache");

    [Fact]
    public void Directory_variable_is_used_when_no_option_is_given()
    {
        var variable = TestData.Definition.DirectoryVariable;
        var directory = RealDigits.Current.Directory;
        var locator = new DatasetLocator(name => name == variable ? directory : null);

        var splits = locator.Load(Digits.ToUpperInvariant(), new DatasetOptions { CacheDirectory = CacheRoot });

        Assert.Contains($"{directory} ({variable})", splits.Source);
    }

    [Fact]
    public void Raw_and_compressed_files_may_be_mixed_in_a_directory()
    {
        _directory.Link(Path.Combine("mixed", FileNames[0] + ".gz"), TestData.RealFile(FileNames[0] + ".gz"));
        _directory.Link(Path.Combine("mixed", FileNames[1] + ".gz"), TestData.RealFile(FileNames[1] + ".gz"));
        foreach (var name in FileNames[2..])
        {
            _directory.Write(Path.Combine("mixed", name), TestData.Decompress(TestData.RealFile(name + ".gz")));
        }

        var options = new DatasetOptions { Directory = Path.Combine(_directory.Path, "mixed") };
        var splits = _noEnvironment.Load(Digits, options);

        Assert.Equal(10_000, splits.Test.Count);
    }

    [Fact]
    public void Cache_directory_variable_holds_a_sub_directory_per_dataset()
    {
        var cache = Path.Combine(_directory.Path, "from-variable");
        foreach (var name in FileNames)
        {
            _directory.Link(Path.Combine("from-variable", Digits, name + ".gz"), TestData.RealFile(name + ".gz"));
        }

        var locator = new DatasetLocator(name => name == DatasetCatalog.CacheVariable ? cache : null, false);
        var splits = locator.Load(Digits, DatasetOptions.Default);

        Assert.Contains($"{Path.Combine(cache, Digits)} (download cache)", splits.Source);
    }

    [Fact]
    public void Nothing_found_says_where_it_looked_and_how_to_provide_the_data()
    {
        var options = new DatasetOptions { CacheDirectory = CacheRoot, MirrorUrls = ["http://127.0.0.1:9/"] };

        var error = Assert.Throws<DatasetNotFoundException>(() => _noEnvironment.Load("mnist", options));

        Assert.Equal("mnist", error.DatasetName);
        Assert.Contains("DatasetOptions.Directory: not set", error.Message);
        Assert.Contains("ITD_MNIST_DIR: not set", error.Message);
        var cache = Path.Combine(CacheRoot, "mnist");
        Assert.Contains($"download cache {cache}: lacks train-images-idx3-ubyte", error.Message);
        Assert.Contains("http://127.0.0.1:9/", error.Message);
        Assert.Contains("Provide the four IDX files", error.Message);
    }

    [Fact]
    public void Fashion_mnist_not_found_names_the_package_to_install()
    {
        var locator = new DatasetLocator(_ => null);
        var absent = Path.Combine(_directory.Path, "none");
        var definition = DatasetDefinition.FashionMnist with { SystemDirectory = absent };
        var options = new DatasetOptions { CacheDirectory = CacheRoot };

        var error = Assert.Throws<DatasetNotFoundException>(() => locator.Load(definition, options));

        Assert.Contains("ITD_FASHION_MNIST_DIR: not set", error.Message);
        Assert.Contains("apt-get install dataset-fashion-mnist", error.Message);
    }

    [Fact]
    public void Installed_package_is_read_before_anything_is_downloaded()
    {
        foreach (var name in FileNames)
        {
            _directory.Link(Path.Combine("installed", name + ".gz"), TestData.RealFile(name + ".gz"));
        }

        var definition = TestData.Definition with
        {
            SystemDirectory = Path.Combine(_directory.Path, "installed"),
            SystemPackage = "dataset-under-test",
        };
        var options = new DatasetOptions
        {
            CacheDirectory = CacheRoot,
            AllowDownload = true,
            MirrorUrls = ["http://127.0.0.1:9/"],
        };

        var splits = new DatasetLocator(_ => null).Load(definition, options);

        Assert.Contains("(package dataset-under-test)", splits.Source);
        Assert.False(Directory.Exists(Path.Combine(CacheRoot, Digits)));
    }

    [Fact]
    public void Given_directory_lacking_files_is_the_only_place_searched_and_is_named()
    {
        var given = Path.Combine(_directory.Path, "given");
        _directory.Link(Path.Combine("given", FileNames[0] + ".gz"), TestData.RealFile(FileNames[0] + ".gz"));
        foreach (var name in FileNames)
        {
            _directory.Link(Path.Combine("cache", Digits, name + ".gz"), TestData.RealFile(name + ".gz"));
        }

        var error = Assert.Throws<DatasetNotFoundException>(
            () => _noEnvironment.Load(Digits, new DatasetOptions { Directory = given, CacheDirectory = CacheRoot }));

        Assert.Contains($"not found in {given}, given by DatasetOptions.Directory", error.Message);
        Assert.Contains(
            "lacks train-labels-idx1-ubyte, t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte", error.Message);
    }

    [Fact]
    public void Given_directory_that_does_not_exist_is_reported()
    {
        var absent = Path.Combine(_directory.Path, "absent");
        var locator = new DatasetLocator(name => name == "ITD_MNIST_DIR" ? absent : null);

        var error = Assert.Throws<DatasetNotFoundException>(() => locator.Load("mnist", DatasetOptions.Default));

        Assert.Contains($"{absent}, given by ITD_MNIST_DIR: it does not exist", error.Message);
    }

    [Fact]
    public void Given_path_that_is_a_file_is_said_not_to_be_a_directory()
    {
        var file = _directory.Write("digits.tar", [1, 2, 3]);
        var locator = new DatasetLocator(name => name == "ITD_MNIST_DIR" ? file : null);

        var error = Assert.Throws<DatasetNotFoundException>(() => locator.Load("mnist", DatasetOptions.Default));

        Assert.Contains($"{file}, given by ITD_MNIST_DIR: it is a file, not a directory.", error.Message);
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public void Given_directory_that_cannot_be_read_is_said_to_be_unreadable_not_to_lack_its_files()
    {
        var given = FolderOfRealFiles("unreadable", FileNames);
        File.SetUnixFileMode(given, UnixFileMode.None);
        try
        {
            using var nobody = new NobodysFileAccess();
            var error = Assert.Throws<DatasetNotFoundException>(
                () => _noEnvironment.Load(Digits, new DatasetOptions { Directory = given }));

            Assert.Contains($"{given}, given by DatasetOptions.Directory: it cannot be read: ", error.Message);
            Assert.DoesNotContain("lacks", error.Message);
        }
        finally
        {
            File.SetUnixFileMode(given, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Directory_named_as_a_dataset_file_is_refused_by_name_not_called_missing()
    {
        var given = FolderOfRealFiles("dir-as-file", FileNames[1..]);
        var entry = Path.Combine(given, FileNames[0] + ".gz");
        Directory.CreateDirectory(entry);

        var error = Assert.Throws<DatasetFileException>(
            () => _noEnvironment.Load(Digits, new DatasetOptions { Directory = given }));

        Assert.Equal($"{entry}: is a directory, not a regular file", error.Message);
    }

    [Fact]
    public void Truncated_file_is_named_for_its_truncation_before_its_checksum_is_compared()
    {
        var given = FolderOfRealFiles("truncated", FileNames[1..]);
        var images = _directory.Write(Path.Combine("truncated", FileNames[0]), IdxBytes.Images(60_000, 28, 28)[..^5]);

        var error = Assert.Throws<DatasetFileException>(
            () => _noEnvironment.Load(Digits, new DatasetOptions { Directory = given }));

        Assert.Equal(images, error.FilePath);
        Assert.Contains("is truncated: the header declares 60000 images of 28 x 28 (47040000 bytes)", error.Message);
    }

    [Fact]
    public void Labels_in_place_of_images_are_named_for_their_magic_number()
    {
        var given = Path.Combine(_directory.Path, "swapped");
        _directory.Link(Path.Combine("swapped", FileNames[0] + ".gz"), TestData.RealFile(FileNames[1] + ".gz"));
        _directory.Link(Path.Combine("swapped", FileNames[1] + ".gz"), TestData.RealFile(FileNames[0] + ".gz"));
        FolderOfRealFiles("swapped", FileNames[2..]);

        var error = Assert.Throws<DatasetFileException>(
            () => _noEnvironment.Load(Digits, new DatasetOptions { Directory = given }));

        Assert.Equal(Path.Combine(given, FileNames[0] + ".gz"), error.FilePath);
        Assert.Contains("magic number 2049 marks an IDX labels file, expected 2051", error.Message);
    }

    [Fact]
    public void One_dataset_named_as_the_other_is_recognised_by_its_checksum()
    {
        var other = Digits == "mnist" ? "fashion-mnist" : "mnist";
        var given = FolderOfRealFiles("other-dataset", FileNames);

        var error = Assert.Throws<DatasetFileException>(
            () => _noEnvironment.Load(other, new DatasetOptions { Directory = given }));

        Assert.EndsWith($": this is {Digits}'s {FileNames[0]}, not {other}'s", error.Message);
    }

    [Fact]
    public void Test_images_named_as_training_images_are_recognised_by_their_checksum()
    {
        var given = Path.Combine(_directory.Path, "test-as-train");
        _directory.Link(Path.Combine("test-as-train", FileNames[0] + ".gz"), TestData.RealFile(FileNames[2] + ".gz"));
        FolderOfRealFiles("test-as-train", FileNames[1..]);

        var error = Assert.Throws<DatasetFileException>(
            () => _noEnvironment.Load(Digits, new DatasetOptions { Directory = given }));

        Assert.EndsWith($": this is {Digits}'s {FileNames[2]}, not {Digits}'s {FileNames[0]}", error.Message);
    }

    [Fact]
    public void File_with_an_unknown_checksum_is_rejected_naming_it()
    {
        var images = _directory.Write(Path.Combine("small", FileNames[0]), IdxBytes.Images(10, 28, 28));
        _directory.Write(Path.Combine("small", FileNames[1]), IdxBytes.Labels(10));
        _directory.Write(Path.Combine("small", FileNames[2]), IdxBytes.Images(10, 28, 28));
        _directory.Write(Path.Combine("small", FileNames[3]), IdxBytes.Labels(10));

        var error = Assert.Throws<DatasetFileException>(
            () => _noEnvironment.Load("mnist", new DatasetOptions { Directory = Path.GetDirectoryName(images) }));

        Assert.Equal(images, error.FilePath);
        Assert.Contains("MD5 of the uncompressed content is", error.Message);
        Assert.Contains("ff31079e9f752de13a2ec1d4a52d8877", error.Message);
    }

    [Fact]
    public void Source_names_which_of_the_accepted_copies_of_a_file_was_found()
    {
        var first = IdxBytes.Images(5_010);
        var second = (byte[])first.Clone();
        second[^1] ^= 1;
        var definition = TwoCopiesOfTheTrainingImages(first, second);

        var fromFirst = Load(definition, "first", first);
        var fromSecond = Load(definition, "second", second);

        Assert.Contains($"training images: first copy, MD5 {Md5(first)}", fromFirst.Source);
        Assert.Contains($"training images: second copy, MD5 {Md5(second)}", fromSecond.Source);
        Assert.Equal((5_010 - 5_000, 5_000), (fromSecond.Train.Count, fromSecond.Validation.Count));
    }

    [Fact]
    public void Unknown_dataset_name_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => DatasetCatalog.Load("cifar-10"));

        Assert.Contains("unknown dataset 'cifar-10'", error.Message);
        Assert.Contains("mnist, fashion-mnist", error.Message);
    }

    public void Dispose() => _directory.Dispose();

    private static string Md5(byte[] content) => Convert.ToHexStringLower(MD5.HashData(content));

    // A dataset of small synthetic files whose training images have two accepted copies, as MNIST's have.
    private static DatasetDefinition TwoCopiesOfTheTrainingImages(byte[] first, byte[] second) =>
        DatasetDefinition.Mnist with
        {
            Name = "two-copies",
            TrainImages = new DatasetFile(
                FileNames[0],
                new Dictionary<string, string> { [Md5(first)] = "first copy", [Md5(second)] = "second copy" }),
            TrainLabels = DatasetFile.Original(FileNames[1], Md5(IdxBytes.Labels(5_010))),
            TestImages = DatasetFile.Original(FileNames[2], Md5(IdxBytes.Images(20))),
            TestLabels = DatasetFile.Original(FileNames[3], Md5(IdxBytes.Labels(20))),
        };

    // A folder of this directory holding links to the real digits' files of these names, gzipped.
    private string FolderOfRealFiles(string folder, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            _directory.Link(Path.Combine(folder, name + ".gz"), TestData.RealFile(name + ".gz"));
        }

        return Path.Combine(_directory.Path, folder);
    }

    private DatasetSplits Load(DatasetDefinition definition, string folder, byte[] trainImages)
    {
        _directory.Write(Path.Combine(folder, FileNames[0]), trainImages);
        _directory.Write(Path.Combine(folder, FileNames[1] + ".gz"), IdxBytes.Gzip(IdxBytes.Labels(5_010)));
        _directory.Write(Path.Combine(folder, FileNames[2]), IdxBytes.Images(20));
        _directory.Write(Path.Combine(folder, FileNames[3]), IdxBytes.Labels(20));
        var options = new DatasetOptions { Directory = Path.Combine(_directory.Path, folder) };
        return _noEnvironment.Load(definition, options);
    }
}
