namespace IepNavigator.Storage.Migrations;

/// <summary>
/// Runs a store's migration once per store instance, the first time anything needs the tables (hosts run it at start;
/// a store built by hand runs it on first use). A failure is not remembered: the next call tries again (the database
/// was down).
/// </summary>
public sealed class SchemaGate(Func<CancellationToken, Task> migrate) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public bool IsReady => _ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                await migrate(cancellationToken).ConfigureAwait(false);
                _ready = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
