/** Answers of the appointment routes, for the OpenAPI document. */
export const SERVICE_POINT_EXAMPLE = {
  id: 'huangpu',
  zoneId: 'huangpu',
  zoneName: '黄浦区集聚区',
  name: '黄浦区集聚区一站式服务点',
  address: '黄浦区中山东一路 18 号 2 楼服务大厅',
  phone: '021-63210000',
  openingHours: [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '17:30' }],
  offers: ['政策咨询与解读', '权益保护受理（盾牌行动）'],
  programmes: ['starlight', 'shield', 'compliance', 'legislation'],
  bookingCutoffMinutes: 120,
  openDays: ['2026-03-09', '2026-03-10'],
};

export const SLOT_EXAMPLE = {
  id: '9b2d7c1e-3f4a-4b5c-8d6e-7f8091a2b3c4',
  zoneId: 'huangpu',
  servicePointId: 'huangpu',
  startsAt: '2026-03-09T01:30:00.000Z',
  endsAt: '2026-03-09T02:00:00.000Z',
  capacity: 3,
  booked: 1,
  remaining: 2,
  programmes: ['shield', 'compliance'],
  status: 'open',
  closedReason: null,
  bookable: true,
};

export const APPOINTMENT_EXAMPLE = {
  id: '5b0c2d3e-4f5a-4b6c-9d7e-8f90a1b2c3d4',
  reference: 'HP-YY-2026-000012',
  slotId: SLOT_EXAMPLE.id,
  zoneId: 'huangpu',
  servicePoint: { name: '黄浦区集聚区一站式服务点', address: '黄浦区中山东一路 18 号 2 楼服务大厅' },
  startsAt: '2026-03-09T01:30:00.000Z',
  endsAt: '2026-03-09T02:00:00.000Z',
  programme: 'shield',
  topic: '咨询视频被搬运后的维权流程',
  status: 'booked',
  statusLabel: '已预约',
  checkInCode: '482913',
  checkInQr: 'data:image/png;base64,iVBORw0KGgo…',
  bookedAt: '2026-03-02T02:00:00.000Z',
  cancelledAt: null,
  cancelReason: null,
  checkedInAt: null,
  caseId: null,
  cancellableUntil: '2026-03-08T23:30:00.000Z',
  receiptId: '0b3f5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d',
};

export const DESK_APPOINTMENT_EXAMPLE = { ...APPOINTMENT_EXAMPLE, checkInQr: undefined, receiptId: undefined, creator: { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', displayName: '阿喵UP主', phone: '138****0001', noShows: 0 } };

export const RECEIPT_LIST_EXAMPLE = [
  { id: '0b3f5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c8d', kind: 'receipt.appointment', kindLabel: '预约确认单', title: '预约确认单', verificationCode: '7KQ2-M9XD-4HRT-PW3C', verificationUrl: 'http://localhost:3000/verify/7KQ2-M9XD-4HRT-PW3C', issuedAt: '2026-03-02T02:00:00.000Z' },
];
