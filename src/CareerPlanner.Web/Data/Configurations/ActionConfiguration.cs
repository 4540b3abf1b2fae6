using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> milestone)
    {
        milestone.Property(m => m.Title).HasMaxLength(Milestone.TitleMaxLength).IsRequired();
        milestone.Property(m => m.Version).IsConcurrencyToken();
        milestone.HasOne<Goal>().WithMany().HasForeignKey(m => m.GoalId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        milestone.HasIndex(m => new { m.GoalId, m.Sequence });
    }
}

public sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> action)
    {
        action.Property(a => a.Title).HasMaxLength(ActionItem.TitleMaxLength).IsRequired();
        action.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        action.Property(a => a.Version).IsConcurrencyToken();
        action.Ignore(a => a.IsOpen);
        action.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        // An action outlives the goal or milestone it was for; it only loses the link.
        action.HasOne<Goal>().WithMany().HasForeignKey(a => a.GoalId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        action.HasOne<Milestone>().WithMany().HasForeignKey(a => a.MilestoneId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
        action.HasIndex(a => new { a.PlanId, a.Status, a.DueDate });
    }
}
