using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Network;

public class EditModel(AppDbContext db, ContactEditor editor) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int contactId)
    {
        if (await LoadAsync(contactId) is not { } contact)
        {
            return NotFound();
        }
        Input = ContactEditor.ToInput(contact);
        ViewData["ContactChoices"] = await editor.ChoicesAsync(User.Id());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int contactId)
    {
        if (await LoadAsync(contactId) is not { } contact)
        {
            return NotFound();
        }
        var choices = await editor.ChoicesAsync(User.Id());
        ViewData["ContactChoices"] = choices;
        if (!await editor.ValidateAsync(Input, choices, ModelState))
        {
            return Page();
        }
        ContactEditor.Apply(contact, Input);
        if (!await db.TrySaveAsync(contact, c => c.Version, Input.Version, ModelState))
        {
            return Page();
        }
        TempData["StatusMessage"] = "Contact saved.";
        return RedirectToPage("Details", new { contactId });
    }

    private Task<Contact?> LoadAsync(int contactId) =>
        db.Contacts.Include(c => c.OptionLinks).Include(c => c.ActivityLinks).SingleOrDefaultAsync(c => c.Id == contactId && c.UserId == User.Id());
}
