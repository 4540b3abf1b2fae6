using CareerPlanner.Web.Infrastructure.Time;

namespace CareerPlanner.Web.Pages.Network;

public class CreateModel(AppDbContext db, ContactEditor editor, UserClock clock) : PageModel, IFieldsForm<ContactInput, ContactChoices>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public ContactChoices Choices { get; private set; } = default!;

    public async Task OnGetAsync() => Choices = await editor.ChoicesAsync(User.Id());

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.Id();
        var choices = await editor.ChoicesAsync(userId);
        Choices = choices;
        if (!await editor.ValidateAsync(Input, choices, ModelState))
        {
            return Page();
        }
        var contact = new Contact(userId, await clock.TodayAsync(userId));
        ContactEditor.Apply(contact, Input);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        StatusMessage = $"{contact.Name} added.";
        return RedirectToPage("Details", new { contactId = contact.Id });
    }
}
