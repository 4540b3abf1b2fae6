namespace CareerPlanner.Web.Pages.Network;

public class DeleteModel(AppDbContext db) : DeletePageModel<Contact, string>(db, c => c.Name, name => $"{name} deleted from your network.")
{
    protected override IQueryable<Contact> Row(string userId) => Db.Contacts.Where(c => c.Id == Route("contactId") && c.UserId == userId);

    protected override IActionResult AfterDelete() => RedirectToPage("Index");
}
