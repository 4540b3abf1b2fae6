using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Network;

public class CreateModel(AppDbContext db, ContactEditor editor) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public async Task OnGetAsync() => ViewData["ContactChoices"] = await editor.ChoicesAsync(User.Id());

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.Id();
        var choices = await editor.ChoicesAsync(userId);
        ViewData["ContactChoices"] = choices;
        if (!await editor.ValidateAsync(Input, choices, ModelState))
        {
            return Page();
        }
        var contact = new Contact(userId, await editor.TodayAsync(userId));
        ContactEditor.Apply(contact, Input);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = $"{contact.Name} added.";
        return RedirectToPage("Details", new { contactId = contact.Id });
    }
}
