using System.ComponentModel.DataAnnotations;
using CareerPlanner.Web.Data;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareerPlanner.Web.Pages.Plans;

public sealed class BackupPlanInput
{
    [Display(Name = "What you will do instead")]
    public string? BackupPlan { get; set; }

    [Display(Name = "The sign that would make you switch (optional)")]
    public string? BackupTrigger { get; set; }

    public Guid Version { get; set; }
}

public sealed class BackupPlanInputValidator : AbstractValidator<BackupPlanInput>
{
    public BackupPlanInputValidator()
    {
        RuleFor(x => x.BackupPlan)
            .Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Say what you would do if the main path stalls, e.g. \"stay in my current role and move to the platform team\".")
            .MaximumLength(Plan.BackupPlanMaxLength).WithMessage($"Keep the backup plan to {Plan.BackupPlanMaxLength} characters or fewer.");
        RuleFor(x => x.BackupTrigger)
            .MaximumLength(Plan.BackupTriggerMaxLength).WithMessage($"Keep the switching sign to {Plan.BackupTriggerMaxLength} characters or fewer.");
    }
}

/// <summary>The planning stage's backup-plan section; the hub's card posts here, and errors are shown here with the text kept.</summary>
public class BackupPlanModel(AppDbContext db, IValidator<BackupPlanInput> validator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public BackupPlanInput Input { get; set; } = new();

    public string PlanTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.AsNoTracking().OwnedBy(User.Id()).Where(p => p.Id == id)
            .Select(p => new { p.Title, p.BackupPlan, p.BackupTrigger, p.Version }).SingleOrDefaultAsync();
        if (plan is null)
        {
            return NotFound();
        }
        PlanTitle = plan.Title;
        Input = new BackupPlanInput { BackupPlan = plan.BackupPlan, BackupTrigger = plan.BackupTrigger, Version = plan.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await db.Plans.OwnedBy(User.Id()).SingleOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return NotFound();
        }
        PlanTitle = plan.Title;
        (await validator.ValidateAsync(Input)).AddTo(ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        plan.SetBackupPlan(Input.BackupPlan, Input.BackupTrigger, now);
        plan.WorkIn(PlanStage.Planning, now);
        if (!await db.TrySaveAsync(plan, p => p.Version, Input.Version, ModelState))
        {
            return Page();
        }
        TempData["StatusMessage"] = "Backup plan saved.";
        return RedirectToPage("Wizard/Stage", new { id, stage = PlanStage.Planning.Slug() });
    }
}
