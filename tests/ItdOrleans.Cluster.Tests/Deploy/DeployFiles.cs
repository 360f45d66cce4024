using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ItdOrleans.Cluster.Tests.Deploy;

/// <summary>Reads the files under deploy/ as plain dictionaries, lists and strings.</summary>
internal static class DeployFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Path(string relative) =>
        System.IO.Path.Combine(RepositoryRoot, "deploy", relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    /// <summary>Every document of a YAML file, with anchors and merge keys resolved.</summary>
    public static IReadOnlyList<Dictionary<object, object>> YamlDocuments(string relative)
    {
        using var reader = new StreamReader(Path(relative));
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<Dictionary<object, object>>();

        parser.Consume<YamlDotNet.Core.Events.StreamStart>();
        while (!parser.Accept<YamlDotNet.Core.Events.StreamEnd>(out _))
        {
            var document = deserializer.Deserialize<Dictionary<object, object>?>(parser);
            if (document is not null)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    public static Dictionary<object, object> Yaml(string relative) => YamlDocuments(relative).Single();

    public static JsonDocument Json(string relative) => JsonDocument.Parse(File.ReadAllText(Path(relative)));

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "ItdOrleans.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException("No ItdOrleans.sln above " + AppContext.BaseDirectory);
    }
}
