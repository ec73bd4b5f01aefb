import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppointmentsModule, AppointmentsService, SlotsService } from '@app/appointments';
import { AuditModule } from '@app/audit';
import { Actor } from '@app/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { PiiCipher, PiiModule } from '@app/pii';
import { SalonsModule, SalonsService } from '@app/salons';
import { VisitsModule, VisitsService } from '@app/visits';
import { ZonesModule } from '@app/zones';
import { inShanghai } from '@app/calendar';

@Module({ imports: [ConfigModule, DatabaseModule, PiiModule, AuditModule, ZonesModule, AppointmentsModule, SalonsModule, VisitsModule] })
class DemoOfflineModule {}

const meta = { ip: '127.0.0.1', userAgent: 'demo-seed', requestId: null };

/**
 * The offline half of the demo, through the real services: slots next week at both service
 * points (a weekly pattern), a few bookings, an upcoming 大V沙龙 that is full with a waiting
 * list, and an on-site visit scheduled on a 黄浦 case. Returns what it made.
 */
export async function seedDemoOffline(now = new Date()): Promise<{ slots: number; bookings: number; salons: number; visits: number }> {
  const app = await NestFactory.createApplicationContext(DemoOfflineModule, { logger: ['error', 'warn'] });
  try {
    const db = app.get(DataSource);
    const pii = app.get(PiiCipher);
    const actorOf = async (login: string): Promise<Actor> => {
      const [u] = /^\d+$/.test(login)
        ? await db.query(`SELECT id, role, zone_id, authority_id FROM users WHERE phone_hash = $1`, [pii.searchKey(login)])
        : await db.query(`SELECT id, role, zone_id, authority_id FROM users WHERE username = $1`, [login]);
      return { userId: u.id, role: u.role, zoneId: u.zone_id, authorityId: u.authority_id };
    };
    const slots = app.get(SlotsService);
    const monday = inShanghai(now).startOf('week').plus({ weeks: 1 });
    const week = { from: monday.toISODate() as string, to: monday.plus({ days: 4 }).toISODate() as string, weekdays: [1, 2, 3, 4, 5] };
    const times = [
      { start: '09:30', end: '10:00' },
      { start: '10:30', end: '11:00' },
      { start: '14:00', end: '14:30' },
      { start: '15:30', end: '16:00' },
    ];
    let opened = 0;
    for (const zone of ['hp', 'yp']) {
      const r = await slots.createPattern(await actorOf(`${zone}.supervisor`), meta, { ...week, times, capacity: 3, programmes: ['starlight', 'shield', 'compliance', 'legislation'] }, now);
      opened += r.created;
    }
    const appointments = app.get(AppointmentsService);
    let bookings = 0;
    for (const [creator, zoneId, programme, topic] of [
      ['13800000001', 'huangpu', 'shield', '仿冒账号带货，想当面咨询投诉材料怎么准备'],
      ['13800000002', 'yangpu', 'compliance', '写作助手上线前的安全评估'],
    ] as const) {
      const actor = await actorOf(creator);
      const [slot] = await slots.list(actor, { zoneId, programme, from: monday.toJSDate() }, now);
      if (!slot) continue;
      await appointments.book(actor, meta, { slotId: slot.id, programme, topic }, now);
      bookings++;
    }

    const salons = app.get(SalonsService);
    const start = monday.plus({ days: 3 }).set({ hour: 14 });
    const salon = await salons.publish(
      await actorOf('hp.supervisor'),
      meta,
      {
        title: '大V沙龙：遭遇网暴与造谣，创作者如何固定证据、依法维权',
        topicProgramme: 'shield',
        description: '邀请律师、平台治理专家和区委网信办同志现场答疑，现场提问可当场登记为案件跟进。',
        startsAt: start.toJSDate(),
        endsAt: start.plus({ hours: 2 }).toJSDate(),
        venue: '黄浦区集聚区一站式服务点 2 楼多功能厅',
        capacity: 3,
        experts: [
          { name: '王律师', organisation: '上海某律师事务所' },
          { name: '李专家', title: '平台治理专家', organisation: '某短视频平台' },
        ],
      },
      now,
    );
    for (const creator of ['13800000001', '13800000002', '13800000003', '13800000004', '13800000005']) await salons.register(await actorOf(creator), meta, salon.id, now);

    const visits = app.get(VisitsService);
    const [open] = await db.query(
      `SELECT c.id FROM cases c WHERE c.zone_id = 'huangpu' AND c.programme = 'shield' AND c.status IN ('accepted', 'in_progress') ORDER BY c.created_at LIMIT 1`,
    );
    let visitCount = 0;
    if (open) {
      const creator = await db.query(`SELECT u.phone_hash FROM cases c JOIN users u ON u.id = c.creator_id WHERE c.id = $1`, [open.id]);
      const owner = (await db.query(`SELECT id, role, zone_id, authority_id FROM users WHERE phone_hash = $1`, [creator[0].phone_hash]))[0];
      const creatorActor: Actor = { userId: owner.id, role: owner.role, zoneId: owner.zone_id, authorityId: owner.authority_id };
      const v = await visits.request(creatorActor, meta, open.id, { note: '希望专家到工作室查看账号后台，协助固定被造谣的证据', preferredTime: '下周工作日下午' });
      await visits.schedule(await actorOf('hp.agent1'), meta, v.id, { expertName: '王律师', expertOrg: '上海某律师事务所', scheduledAt: monday.plus({ days: 1 }).set({ hour: 15 }).toJSDate(), address: '黄浦区中山东一路 18 号 5 楼 阿喵工作室' }, now);
      visitCount++;
    }
    return { slots: opened, bookings, salons: 1, visits: visitCount };
  } finally {
    await app.close();
  }
}
