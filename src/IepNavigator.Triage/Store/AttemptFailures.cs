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

    /// <summary>
    /// Records one failure for each subject at <paramref name="at"/> and returns the rows' ids (in the subjects' order),
    /// so an attempt that turns out not to be a failure can be forgotten; rows older than <paramref name="forgetBefore"/> go.
    /// </summary>
    public async Task<IReadOnlyList<string>> RecordAsync(IReadOnlyCollection<string> subjects, DateTimeOffset at, DateTimeOffset forgetBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var ids = new List<string>(subjects.Count);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var subject in subjects)
            {
                var id = Id(Guid.NewGuid());
                await ExecuteAsync(connection, null, $"INSERT INTO {_table} (id, subject, at) VALUES (@id, @subject, @at)", cancellationToken,
                    ("@id", id), ("@subject", subject), ("@at", Millis(at))).ConfigureAwait(false);
                ids.Add(id);
            }
            await ExecuteAsync(connection, null, $"DELETE FROM {_table} WHERE at < @before", cancellationToken, ("@before", Millis(forgetBefore))).ConfigureAwait(false);
        }
        return ids;
    }

    /// <summary>Forgets rows <see cref="RecordAsync"/> wrote (an attempt that was refused unchecked, or that succeeded).</summary>
    public async Task ForgetAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            foreach (var id in ids)
            {
                await ExecuteAsync(connection, null, $"DELETE FROM {_table} WHERE id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>How many failures <paramref name="subject"/> has had since a time, leaving out the row <paramref name="except"/> (an attempt's own).</summary>
    public async Task<Tally> CountSinceAsync(string subject, DateTimeOffset since, CancellationToken cancellationToken, string? except = null)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = Command(connection, null, $"SELECT count(*), max(at) FROM {_table} WHERE subject = @subject AND at >= @since AND id <> @except",
                ("@subject", subject), ("@since", Millis(since)), ("@except", except ?? string.Empty));
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
