using System.Security.Cryptography;
using System.Text;
using static IepNavigator.Triage.Store.SqlText;

namespace IepNavigator.Triage.Store;

/// <summary>
/// Failed console attempts (wrong passwords, packets not found) per subject, in the triage database so every instance
/// counts the same ones. A subject is stored as a SHA-256 of what it names (an account, a client address): the table
/// holds no user name and no IP address.
/// </summary>
public sealed class AttemptFailures(TriageDatabase database)
{
    private readonly string _table = database.Table("attempt_failures");

    /// <summary>How many failures a subject has had since a time, and the latest.</summary>
    public sealed record Tally(int Count, DateTimeOffset? Latest);

    public static string Subject(string kind, string value) =>
        kind + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>Records one failure for each subject at <paramref name="at"/>; rows older than <paramref name="forgetBefore"/> go.</summary>
    public async Task RecordAsync(IReadOnlyCollection<string> subjects, DateTimeOffset at, DateTimeOffset forgetBefore, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var subject in subjects)
            {
                await ExecuteAsync(connection, null, $"INSERT INTO {_table} (id, subject, at) VALUES (@id, @subject, @at)", cancellationToken,
                    ("@id", Id(Guid.NewGuid())), ("@subject", subject), ("@at", Millis(at))).ConfigureAwait(false);
            }
            await ExecuteAsync(connection, null, $"DELETE FROM {_table} WHERE at < @before", cancellationToken, ("@before", Millis(forgetBefore))).ConfigureAwait(false);
        }
    }

    public async Task<Tally> CountSinceAsync(string subject, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null, $"SELECT count(*), max(at) FROM {_table} WHERE subject = @subject AND at >= @since",
                ("@subject", subject), ("@since", Millis(since)));
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                return new Tally(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.IsDBNull(1) ? null : Time(Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
    }

    /// <summary>Forgets a subject's failures (a successful sign-in clears its account's count).</summary>
    public async Task ClearAsync(string subject, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await ExecuteAsync(connection, null, $"DELETE FROM {_table} WHERE subject = @subject", cancellationToken, ("@subject", subject)).ConfigureAwait(false);
        }
    }
}
