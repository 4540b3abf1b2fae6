using System.ComponentModel.DataAnnotations;
using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Network;

public sealed class ImportInput
{
    [Display(Name = "Address-book file (.vcf)")]
    public IFormFile? File { get; set; }

    /// <summary>The file's text, carried from the preview to the confirmation (read again and checked again there).</summary>
    public string? Text { get; set; }
}

/// <summary>Contacts from an address book (a vCard file): upload, see what would be added, then add them.</summary>
public class ImportModel(AddressBook addressBook, UserClock clock) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ImportInput Input { get; set; } = new();

    public IReadOnlyList<CardPreview>? Cards { get; private set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public int ToAdd => Cards?.Count(c => c.WillBeAdded) ?? 0;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (await ModelState.ReadFileAsync(Input.File, AddressBook.MaxBytes, "Choose the .vcf file your address book exported.",
                "This file is larger than 1 MB, far more than an address book of contacts; export the contacts as a vCard file without photos.") is not { } bytes)
        {
            return Page();
        }
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8);
        return await PreviewAsync(await reader.ReadToEndAsync());
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var text = Input.Text ?? "";
        if (text.Length > AddressBook.MaxBytes || !VCards.LooksLikeVCard(text))
        {
            ModelState.AddInputError(nameof(ImportInput.File), "Choose the .vcf file again: what came back from the preview was not an address book.");
            return Page();
        }
        var userId = User.Id();
        var added = await addressBook.ImportAsync(userId, text, await clock.TodayAsync(userId));
        StatusMessage = added switch
        {
            0 => "No contact was added: everyone in the file is already in your network (or could not be read).",
            1 => "1 contact added from your address book.",
            _ => $"{added} contacts added from your address book.",
        };
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> PreviewAsync(string text)
    {
        if (!VCards.LooksLikeVCard(text))
        {
            ModelState.AddInputError(nameof(ImportInput.File), "This is not an address-book file: a vCard file starts with BEGIN:VCARD. Export your contacts as vCard (.vcf) and choose that file.");
            return Page();
        }
        var (cards, _, problems) = await addressBook.PreviewAsync(User.Id(), text);
        Cards = cards;
        Problems = problems;
        Input.Text = text;
        return Page();
    }
}
