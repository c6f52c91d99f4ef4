namespace IepNavigator.Load;

/// <summary>Fills the store through the API: one conversation per case, whose first message gives it a case.</summary>
internal static class Seeder
{
    public static async Task<int> SeedAsync(TurnSender sender, ConversationScripts scripts, int cases, int parallelism)
    {
        var next = -1;
        var failed = 0;
        var workers = Enumerable.Range(0, parallelism).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < cases)
            {
                var result = await sender.SendAsync($"seed-{index}", $"seed-parent-{index}", scripts.Seed, CancellationToken.None).ConfigureAwait(false);
                if (!result.Ok)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return cases - failed;
    }
}
