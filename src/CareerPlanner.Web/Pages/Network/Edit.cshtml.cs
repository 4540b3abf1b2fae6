namespace CareerPlanner.Web.Pages.Network;

public class EditModel(AppDbContext db, ContactEditor editor) : PageModel, IFieldsForm<ContactInput, ContactChoices>
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public ContactChoices Choices { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int contactId)
    {
        if (await LoadAsync(contactId) is not { } contact)
        {
            return NotFound();
        }
        Input = ContactEditor.ToInput(contact);
        Choices = await editor.ChoicesAsync(User.Id());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int contactId)
    {
        if (await LoadAsync(contactId) is not { } contact)
        {
            return NotFound();
        }
        var choices = await editor.ChoicesAsync(User.Id());
        Choices = choices;
        if (!await editor.ValidateAsync(Input, choices, ModelState))
        {
            return Page();
        }
        ContactEditor.Apply(contact, Input);
        if (!await db.TrySaveAsync(contact, c => c.Version, Input.Version, ModelState))
        {
            return Page();
        }
        StatusMessage = "Contact saved.";
        return RedirectToPage("Details", new { contactId });
    }

    private Task<Contact?> LoadAsync(int contactId) =>
        db.Contacts.Include(c => c.OptionLinks).Include(c => c.ActivityLinks).SingleOrDefaultAsync(c => c.Id == contactId && c.UserId == User.Id());
}
