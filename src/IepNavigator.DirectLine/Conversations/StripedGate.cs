namespace IepNavigator.DirectLine.Conversations;

/// <summary>
/// Per-conversation mutual exclusion with bounded memory: conversations hash onto a fixed set of
/// semaphores, so two conversations may occasionally share one (harmless, just less parallel).
/// </summary>
public sealed class StripedGate : IDisposable
{
    private readonly SemaphoreSlim[] _stripes;

    public StripedGate(int stripes = 64)
    {
        _stripes = Enumerable.Range(0, stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    }

    public async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(stripe);
    }

    public void Dispose()
    {
        foreach (var stripe in _stripes)
        {
            stripe.Dispose();
        }
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
