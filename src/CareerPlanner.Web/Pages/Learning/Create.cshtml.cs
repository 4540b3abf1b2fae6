using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using CareerPlanner.Web.Infrastructure.Time;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareerPlanner.Web.Pages.Learning;

public class CreateModel(AppDbContext db, IValidator<LearningInput> validator, LearningEditor editor, PersonSkills skills, UserCalendars calendars, UserClock clock) : PageModel
{
    [BindProperty]
    public LearningInput Input { get; set; } = new();

    public async Task OnGetAsync() => ViewData["Skills"] = await skills.ForAsync(User.Id());

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = User.Id();
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            ViewData["Skills"] = await skills.ForAsync(userId);
            return Page();
        }
        var item = new LearningItem(userId);
        var finished = await editor.ApplyAsync(item, Input, userId, clock.Today(await calendars.ForAsync(userId)));
        db.LearningItems.Add(item);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = $"\"{item.Title}\" added to your learning log.";
        return finished ? RedirectToPage("RaiseSkills", new { learningId = item.Id }) : RedirectToPage("Index");
    }
}
