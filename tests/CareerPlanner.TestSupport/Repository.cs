namespace CareerPlanner.TestSupport;

/// <summary>Where the repository is on this machine: the folder above the running tests that holds CareerPlanner.sln.</summary>
public static class Repository
{
    public static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CareerPlanner.sln")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("The repository root (with CareerPlanner.sln) was not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The web project's folder, for the README's commands (<c>dotnet run --project …</c>).</summary>
    public static string WebProject => Path.Combine(Root, "src", "CareerPlanner.Web");
}
