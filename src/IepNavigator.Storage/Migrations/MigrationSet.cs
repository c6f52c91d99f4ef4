using System.Globalization;
using System.Reflection;

namespace IepNavigator.Storage.Migrations;

/// <summary>One numbered schema script: it runs once per database, in order, and its number is then recorded.</summary>
/// <param name="SkipWhen">
/// Optional scalar query (the script's first line <c>-- skip-when: SELECT ...</c>): non-zero means the database already
/// has what the script makes (a database from before the runner, where SQLite lacks ADD COLUMN IF NOT EXISTS); the
/// number is recorded all the same.
/// </param>
public sealed record SchemaMigration(int Version, string Name, string Sql, string? SkipWhen);

/// <summary>
/// The numbered scripts of one database (the bot state's, the triage desk's), for one provider, read from an assembly's
/// embedded <c>migrations/&lt;provider&gt;/NNNN_name.sql</c> resources. <see cref="VersionTable"/> records which ran;
/// <see cref="Name"/> names the set in logs and in the lock that serialises hosts starting together.
/// </summary>
public sealed class MigrationSet
{
    private const string SkipWhenPrefix = "-- skip-when:";

    private MigrationSet(string name, string versionTable, IReadOnlyList<SchemaMigration> scripts)
    {
        Name = name;
        VersionTable = versionTable;
        Scripts = scripts;
    }

    /// <summary>The bot state's database on SQLite: state items, reminders, user access (bot-state.db).</summary>
    public static MigrationSet StateSqlite { get; } = FromResources(typeof(MigrationSet).Assembly, "sqlite", "state", "schema_version");

    /// <summary>The bot state's schema on PostgreSQL: state items, key ring, reminders, user access, Direct Line log.</summary>
    public static MigrationSet StatePostgres { get; } = FromResources(typeof(MigrationSet).Assembly, "postgres", "state", "schema_version");

    public string Name { get; }

    public string VersionTable { get; }

    /// <summary>Scripts by version, 1, 2, 3... without gaps.</summary>
    public IReadOnlyList<SchemaMigration> Scripts { get; }

    /// <summary>The highest version: what a database is at once migrated.</summary>
    public int LatestVersion => Scripts.Count;

    /// <summary>
    /// Reads <c>migrations/<paramref name="provider"/>/NNNN_name.sql</c> from <paramref name="assembly"/>'s resources
    /// (see the csproj's EmbeddedResource). Fails at once on a gap or a repeated number, never at a customer's start.
    /// </summary>
    public static MigrationSet FromResources(Assembly assembly, string provider, string name, string versionTable)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var prefix = $"migrations/{provider}/";
        var scripts = new List<SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var normalised = resource.Replace('\\', '/');
            if (!normalised.StartsWith(prefix, StringComparison.Ordinal) || !normalised.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var file = normalised[prefix.Length..^".sql".Length];
            var version = int.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var sql = reader.ReadToEnd();
            var firstLine = sql.AsSpan()[..Math.Max(0, sql.IndexOf('\n', StringComparison.Ordinal))].Trim().ToString();
            var skipWhen = firstLine.StartsWith(SkipWhenPrefix, StringComparison.Ordinal) ? firstLine[SkipWhenPrefix.Length..].Trim() : null;
            scripts.Add(new SchemaMigration(version, file, sql, skipWhen));
        }

        scripts.Sort((left, right) => left.Version.CompareTo(right.Version));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration scripts of '{name}' ({provider}) must be numbered 1, 2, 3... without gaps; found {scripts[i].Name}.");
            }
        }

        if (scripts.Count == 0)
        {
            throw new InvalidOperationException($"No migration scripts of '{name}' ({provider}) are embedded in {assembly.GetName().Name}.");
        }

        return new MigrationSet(name, versionTable, scripts);
    }
}
