using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPlanner.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class NetworkOneOnOnesBrand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Contacts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HowWeKnow = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ProfileUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CadenceDays = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contacts_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OneOnOnes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WithWhom = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OneOnOnes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OneOnOnes_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PersonalBrands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    WhoIAm = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WhatIDeliver = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WhatMakesMeDifferent = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Pitch = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: true),
                    Audiences = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LeadWith = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalBrands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalBrands_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactActivityLink",
                columns: table => new
                {
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExplorationActivityId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactActivityLink", x => new { x.ContactId, x.ExplorationActivityId });
                    table.ForeignKey(
                        name: "FK_ContactActivityLink_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactActivityLink_ExplorationActivities_ExplorationActivityId",
                        column: x => x.ExplorationActivityId,
                        principalTable: "ExplorationActivities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactOptionLink",
                columns: table => new
                {
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    CareerOptionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactOptionLink", x => new { x.ContactId, x.CareerOptionId });
                    table.ForeignKey(
                        name: "FK_ContactOptionLink_CareerOptions_CareerOptionId",
                        column: x => x.CareerOptionId,
                        principalTable: "CareerOptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContactOptionLink_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Interactions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContactId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interactions_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreedAction",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OneOnOneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActionItemId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreedAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreedAction_ActionItems_ActionItemId",
                        column: x => x.ActionItemId,
                        principalTable: "ActionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_AgreedAction_OneOnOnes_OneOnOneId",
                        column: x => x.OneOnOneId,
                        principalTable: "OneOnOnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TalkingPoint",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OneOnOneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Discussed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CarriedOver = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkingPoint", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TalkingPoint_OneOnOnes_OneOnOneId",
                        column: x => x.OneOnOneId,
                        principalTable: "OneOnOnes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BrandChannel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonalBrandId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    NextStep = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActionItemId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BrandChannel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BrandChannel_ActionItems_ActionItemId",
                        column: x => x.ActionItemId,
                        principalTable: "ActionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_BrandChannel_PersonalBrands_PersonalBrandId",
                        column: x => x.PersonalBrandId,
                        principalTable: "PersonalBrands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgreedAction_ActionItemId",
                table: "AgreedAction",
                column: "ActionItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreedAction_OneOnOneId",
                table: "AgreedAction",
                column: "OneOnOneId");

            migrationBuilder.CreateIndex(
                name: "IX_BrandChannel_ActionItemId",
                table: "BrandChannel",
                column: "ActionItemId");

            migrationBuilder.CreateIndex(
                name: "IX_BrandChannel_PersonalBrandId",
                table: "BrandChannel",
                column: "PersonalBrandId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactActivityLink_ExplorationActivityId",
                table: "ContactActivityLink",
                column: "ExplorationActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactOptionLink_CareerOptionId",
                table: "ContactOptionLink",
                column: "CareerOptionId");

            migrationBuilder.CreateIndex(
                name: "IX_Contacts_UserId_Name",
                table: "Contacts",
                columns: new[] { "UserId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Interactions_ContactId_Date",
                table: "Interactions",
                columns: new[] { "ContactId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_OneOnOnes_UserId_Date",
                table: "OneOnOnes",
                columns: new[] { "UserId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalBrands_UserId",
                table: "PersonalBrands",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TalkingPoint_OneOnOneId",
                table: "TalkingPoint",
                column: "OneOnOneId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreedAction");

            migrationBuilder.DropTable(
                name: "BrandChannel");

            migrationBuilder.DropTable(
                name: "ContactActivityLink");

            migrationBuilder.DropTable(
                name: "ContactOptionLink");

            migrationBuilder.DropTable(
                name: "Interactions");

            migrationBuilder.DropTable(
                name: "TalkingPoint");

            migrationBuilder.DropTable(
                name: "PersonalBrands");

            migrationBuilder.DropTable(
                name: "Contacts");

            migrationBuilder.DropTable(
                name: "OneOnOnes");
        }
    }
}
