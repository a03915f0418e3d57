namespace DiplomacyBot.Llm.Prompts;

/// <summary>
/// Prompts read from <c>FOLDER/NAME.txt</c>. A file is re-read when it changes, so operators can edit prompts while the
/// bot runs. A relative folder is looked up beside the program first, then in the working folder.
/// </summary>
public sealed class FilePromptLibrary : IPromptLibrary
{
    private readonly Dictionary<string, (DateTime Written, PromptTemplate Template)> cache = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public FilePromptLibrary(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Resolve(folder);
    }

    public string Folder { get; }

    public static string Resolve(string folder)
    {
        if (Path.IsPathRooted(folder))
        {
            return folder;
        }

        string besideProgram = Path.Combine(AppContext.BaseDirectory, folder);
        return Directory.Exists(besideProgram) ? besideProgram : Path.GetFullPath(folder);
    }

    public PromptTemplate Get(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string path = Path.Combine(Folder, name + ".txt");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"the prompt file {path} is missing (Llm:PromptsPath is {Folder})");
        }

        DateTime written = File.GetLastWriteTimeUtc(path);
        lock (gate)
        {
            if (cache.TryGetValue(name, out var cached) && cached.Written == written)
            {
                return cached.Template;
            }

            PromptTemplate template = PromptTemplate.Parse(name, path, File.ReadAllText(path));
            cache[name] = (written, template);
            return template;
        }
    }
}
