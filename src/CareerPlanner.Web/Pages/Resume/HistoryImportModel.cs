using System.ComponentModel.DataAnnotations;

namespace CareerPlanner.Web.Pages.Resume;

public sealed class HistoryImportInput
{
    [Display(Name = "File")]
    public IFormFile? File { get; set; }

    /// <summary>Names the previewed file kept on the server until it is confirmed (<see cref="PendingUploads"/>).</summary>
    public string? Pending { get; set; }

    /// <summary>The sections the person ticked on the preview.</summary>
    public List<ImportSection> Sections { get; set; } = [];
}

/// <summary>
/// Imports a career history from a file: upload, see per section how much is new and how much is already there, tick
/// the sections to bring in, confirm; nothing is written before, and everything chosen is written in one save. A page
/// says how to read its kind of file, its size limit and its words.
/// </summary>
public abstract class HistoryImportModel(HistoryImport import, PendingUploads pending) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public HistoryImportInput Input { get; set; } = new();

    public IReadOnlyList<SectionPreview>? Preview { get; private set; }

    public abstract string FileLabel { get; }
    public abstract string Accept { get; }
    public abstract long MaxBytes { get; }
    public abstract string WhenMissing { get; }
    public abstract string WhenTooLarge { get; }

    protected abstract ImportedHistory Read(byte[] bytes);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await ModelState.ReadFileAsync(Input.File, MaxBytes, WhenMissing, WhenTooLarge) is not { } bytes || TryRead(bytes) is not { } file)
        {
            return Page();
        }
        Preview = await import.PreviewAsync(User.Id(), file);
        Input.Sections = [.. Preview.Where(s => s.New > 0).Select(s => s.Section)];
        Input.Pending = pending.Keep(User.Id(), bytes);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        var userId = User.Id();
        if (pending.Take(userId, Input.Pending) is not { } bytes)
        {
            ModelState.AddInputError(nameof(HistoryImportInput.File), "Choose the file again: the preview is over half an hour old, or this file was imported already.");
            return Page();
        }
        if (TryRead(bytes) is not { } file)
        {
            return Page();
        }
        var added = await import.ImportAsync(userId, file, Input.Sections.ToHashSet());
        StatusMessage = added == 0 ? "Nothing was added: everything you chose is in your history already." : $"{Words.Count(added, "item")} imported.";
        return RedirectToPage("/History/Index");
    }

    private ImportedHistory? TryRead(byte[] bytes)
    {
        try
        {
            return Read(bytes);
        }
        catch (ImportRefusedException refused)
        {
            ModelState.AddInputError(nameof(HistoryImportInput.File), refused.Message + " Nothing was imported.");
            return null;
        }
    }
}
