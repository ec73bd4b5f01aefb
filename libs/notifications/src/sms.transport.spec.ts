import { Logger } from '@nestjs/common';
import { LoggingSmsTransport } from './sms.transport';

describe('LoggingSmsTransport (the demo carrier)', () => {
  it('writes the message to the log with the phone number masked', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    try {
      await new LoggingSmsTransport().send({ to: '13800001234', text: '您的注册验证码为 123456' });
      expect(log).toHaveBeenCalledWith('to 138****1234: 您的注册验证码为 123456');
      expect(JSON.stringify(log.mock.calls)).not.toContain('13800001234');
    } finally {
      log.mockRestore();
    }
  });
});
