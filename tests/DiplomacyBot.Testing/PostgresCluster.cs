using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DiplomacyBot.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster on 127.0.0.1 for the test run: <c>initdb</c> into a temp folder, a free port,
/// <c>pg_ctl start</c>, one database; stopped and deleted at the end. Each test gets a schema of its own
/// (<see cref="NewSchema"/>), so tests never see each other's tables. PostgreSQL refuses to run as root, so as root the
/// server's commands run as the <c>postgres</c> user, which owns the folder. Without the binaries,
/// <see cref="Unavailable"/> says why and the tests skip. xUnit finds collection definitions only in the test
/// assembly itself, so each test project that uses the cluster declares its own <c>PostgresCollection</c>.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private const string Database = "diplomacybot_tests";

    /// <summary>Where the server's binaries are looked for after PATH: Debian keeps them per version.</summary>
    private static IEnumerable<string> BinFolders =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql").OrderDescending(StringComparer.Ordinal).Select(v => Path.Combine(v, "bin")).Prepend("/usr/local/bin")
            : ["/usr/local/bin"];

    private readonly string? folder;
    private readonly string? pgCtl;
    private readonly bool asPostgresUser;
    private int schemas;

    public PostgresCluster()
    {
        string? bin = FindBinaries();
        if (bin is null)
        {
            Unavailable = "PostgreSQL's initdb and pg_ctl are not installed (looked on PATH, in /usr/local/bin and /usr/lib/postgresql/*/bin)";
            return;
        }

        asPostgresUser = Environment.UserName == "root";
        folder = Directory.CreateTempSubdirectory("diplomacybot-pg-").FullName;
        pgCtl = Path.Combine(bin, "pg_ctl");
        string data = Path.Combine(folder, "data");
        try
        {
            if (asPostgresUser)
            {
                Run("chown", "-R", "postgres", folder);
            }

            RunServer(Path.Combine(bin, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync");
            Port = FreePort();
            RunServer(pgCtl, "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "start",
                "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            Admin($"CREATE DATABASE {Database}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or NpgsqlException or System.ComponentModel.Win32Exception)
        {
            Unavailable = "the test PostgreSQL cluster did not start: " + ex.Message;
        }
    }

    /// <summary>Why the tests that need PostgreSQL are skipped; null when the cluster runs.</summary>
    public string? Unavailable { get; }

    public int Port { get; }

    /// <summary>The connection string of the test database, or of another on the cluster.</summary>
    public string ConnectionString(string database = Database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Timeout=15";

    /// <summary>A new, empty schema; the returned connection string makes it the one tables are created and read in.</summary>
    public string NewSchema()
    {
        string name = $"t{Interlocked.Increment(ref schemas)}_{Guid.NewGuid():N}"[..24];
        using var connection = new NpgsqlConnection(ConnectionString());
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE SCHEMA {name}", connection);
        create.ExecuteNonQuery();
        return ConnectionString() + $";Search Path={name}";
    }

    /// <summary>A new, empty database of its own, for a test that takes the whole database away and gives it back.</summary>
    public string NewDatabase()
    {
        string name = $"d{Interlocked.Increment(ref schemas)}_{Guid.NewGuid():N}"[..24];
        Admin($"CREATE DATABASE {name}");
        return ConnectionString(name);
    }

    /// <summary>Runs one statement on the cluster's maintenance database (creating, closing and opening databases).</summary>
    public void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            NpgsqlConnection.ClearAllPools();
            if (Unavailable is null && pgCtl is not null)
            {
                RunServer(pgCtl, "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
            }
        }
        catch (InvalidOperationException)
        {
            // Already stopped; the folder goes anyway.
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string? FindBinaries()
    {
        IEnumerable<string> path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return path.Concat(BinFolders).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private void RunServer(string program, params string[] arguments)
    {
        if (asPostgresUser)
        {
            Run(new[] { "/usr/sbin/runuser", "/sbin/runuser" }.FirstOrDefault(File.Exists) ?? "runuser", ["-u", "postgres", "--", program, .. arguments]);
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish in two minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {errors.Result.Trim()} {output.Result.Trim()}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
