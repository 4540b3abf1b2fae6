using System.ComponentModel.DataAnnotations;
using CareerPlanner.Web.Data.Backup;

namespace CareerPlanner.Web.Pages.Backup;

public sealed class RestoreInput
{
    [Display(Name = "Backup or plan file (.json)")]
    public IFormFile? File { get; set; }

    /// <summary>Names the previewed file kept on the server until it is confirmed (<see cref="PendingUploads"/>).</summary>
    public string? Pending { get; set; }
}

/// <summary>
/// Restores a backup file, or adds a plan from a plan file: upload, see what would be added and what is already there,
/// then confirm; nothing is written before, and all of it is written in one transaction (<see cref="BackupRestore"/>).
/// </summary>
public class ImportModel(BackupRestore restore, PendingUploads pending, AppDbContext db) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public RestoreInput Input { get; set; } = new();

    public RestorePreview? Preview { get; private set; }
    public bool OnePlan { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await ModelState.ReadFileAsync(Input.File, BackupReader.MaxBytes,
                "Choose the .json file that “Download a backup” or “Export this plan” gave you.",
                "This file is larger than 20 MB, more than any CareerPlanner backup; choose the backup file itself.") is not { } bytes)
        {
            return Page();
        }
        if (Read(bytes) is not { } document)
        {
            return Page();
        }
        Preview = await restore.PreviewAsync(User.Id(), document);
        OnePlan = document.Contents == BackupWriter.OnePlan;
        Input.Pending = pending.Keep(User.Id(), bytes);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync()
    {
        var userId = User.Id();
        if (pending.Take(userId, Input.Pending) is not { } bytes)
        {
            ModelState.AddInputError(nameof(RestoreInput.File), "Choose the file again: the preview is over half an hour old, or this file was restored already.");
            return Page();
        }
        if (Read(bytes) is not { } document)
        {
            return Page();
        }
        if (await restore.RestoreAsync(userId, document) is not { } done)
        {
            ModelState.AddInputError(nameof(RestoreInput.File), "Nothing was restored: two items of the file clash with each other (such as two quarterly reviews of the same quarter in one plan). Correct the file or choose another.");
            return Page();
        }
        var plans = done.Lines.Where(l => l.Collection.EntityType.ClrType == typeof(Plan)).Sum(l => l.Added);
        var others = done.Added - plans;
        StatusMessage = $"Restored from the file: {Words.Count(plans, "plan")} and {Words.Count(others, "other item")} added" +
                        (done.Lines.Sum(l => l.Skipped) is var skipped and > 0 ? $"; {Words.Count(skipped, "item")} already here left as they were." : ".");
        return RedirectToPage("/Plans/Index");
    }

    private BackupDocument? Read(byte[] bytes)
    {
        var (document, problems) = BackupReader.Read(BackupContract.For(db.Model), bytes);
        if (document is null)
        {
            Problems = problems;
            ModelState.AddInputError(nameof(RestoreInput.File), problems.Count == 1
                ? "This file cannot be restored: " + Lowercase(problems[0])
                : $"This file cannot be restored: it has {problems.Count}{(problems.Count >= 30 ? " or more" : "")} problems, listed below. Nothing was written.");
        }
        return document;
    }

    private static string Lowercase(string text) => text.Length > 0 && char.IsUpper(text[0]) && !text.StartsWith("CareerPlanner", StringComparison.Ordinal)
        ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>"goal" as "goals", "exploration activity" as "exploration activities", "1:1" as "1:1s".</summary>
    public static string Plural(string label) =>
        label.EndsWith('y') && !label.EndsWith("ey", StringComparison.Ordinal) ? label[..^1] + "ies" : label + "s";
}
