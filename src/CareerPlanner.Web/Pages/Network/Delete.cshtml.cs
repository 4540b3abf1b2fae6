using CareerPlanner.Web.Data;
using CareerPlanner.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Network;

public class DeleteModel(AppDbContext db) : PageModel
{
    public string ContactName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int contactId)
    {
        var name = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId && c.UserId == User.Id()).Select(c => c.Name).SingleOrDefaultAsync();
        if (name is null)
        {
            return NotFound();
        }
        ContactName = name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int contactId)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId && c.UserId == User.Id());
        if (contact is null)
        {
            return NotFound();
        }
        db.Contacts.Remove(contact);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = $"{contact.Name} deleted from your network.";
        return RedirectToPage("Index");
    }
}
