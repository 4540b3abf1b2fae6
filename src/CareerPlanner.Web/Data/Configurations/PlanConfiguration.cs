using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.Property(p => p.Title).HasMaxLength(Plan.TitleMaxLength).IsRequired();
        plan.Property(p => p.CurrentStage).HasConversion<string>().HasMaxLength(20);
        plan.Property(p => p.CheckInCadence).HasConversion<string>().HasMaxLength(10);
        plan.Property(p => p.VisionStatement).HasMaxLength(Plan.VisionMaxLength);
        plan.Property(p => p.BackupPlan).HasMaxLength(Plan.BackupPlanMaxLength);
        plan.Property(p => p.BackupTrigger).HasMaxLength(Plan.BackupTriggerMaxLength);
        plan.Property(p => p.Version).IsConcurrencyToken();
        plan.HasOne<AppUser>().WithMany().HasForeignKey(p => p.OwnerId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        plan.HasIndex(p => new { p.OwnerId, p.IsArchived, p.UpdatedAtUtc });
    }
}
