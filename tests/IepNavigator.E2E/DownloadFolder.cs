namespace IepNavigator.E2E;

/// <summary>A throwaway folder for the files a test downloads (letters carry a child's details: never kept).</summary>
public sealed class DownloadFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "iepnav-e2e-downloads", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Still held by the browser: a temp folder, left for the OS to clean.
        }
    }
}
